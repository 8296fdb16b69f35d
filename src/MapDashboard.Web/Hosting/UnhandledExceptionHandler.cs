using Microsoft.AspNetCore.Diagnostics;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// The last word on an exception nothing else handled (a bug): it is logged with a correlation id, and only that id
/// reaches the client, never a message, type or stack trace. APIs (/api/…) and clients that do not ask for HTML get
/// 500 problem+json with "traceId"; a page request is left to the exception handler's re-execution of /Error, which
/// shows the same id. Handlers for known failures (a database that does not answer: 503) are registered before this.
/// </summary>
internal sealed class UnhandledExceptionHandler(IProblemDetailsService problems, ILogger<UnhandledExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
            return false; // the client left; the middleware answers 499 and there is nobody to tell.
        var id = CorrelationId.Of(http);
        // A request the server could not read (a body too large, a form that does not bind) is the client's 4xx, not a bug.
        if (exception is BadHttpRequestException bad)
        {
            log.LogInformation(exception, "Bad request {CorrelationId} on {Method} {Path}", id, http.Request.Method, http.Request.Path);
            return await WriteAsync(http, bad.StatusCode, "Bad request", $"The request could not be read; quote {id} when reporting it.", id);
        }
        log.LogError(exception, "Unhandled exception {CorrelationId} on {Method} {Path}", id, http.Request.Method, http.Request.Path);
        if (WantsPage(http)) return false;
        return await WriteAsync(http, StatusCodes.Status500InternalServerError, "An unexpected error occurred",
            $"The error was logged; quote {id} when reporting it.", id);
    }

    private ValueTask<bool> WriteAsync(HttpContext http, int status, string title, string detail, string id)
    {
        http.Response.StatusCode = status;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = null, // nothing of the exception goes into the body
            ProblemDetails = { Status = status, Title = title, Detail = detail, Extensions = { [CorrelationId.ProblemExtension] = id } },
        });
    }

    /// <summary>A browser asking for a page (not /api): it gets the error page instead of JSON.</summary>
    internal static bool WantsPage(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api")
        && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
