using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Data.ReadModel;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// A request that failed because the database does not answer (after the data layer's own retries) gets
/// 503 application/problem+json with Retry-After: the caller may try again shortly. The exception is logged; nothing of
/// it (message, SQLSTATE, type) reaches the body. Registered before any other exception handler.
/// </summary>
internal sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> log) : IExceptionHandler
{
    /// <summary>Seconds a client should wait: a restart takes a few; the data layer has already retried for about 3.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!DatabaseFailure.Is(exception)) return false;
        log.LogWarning(exception, "{Method} {Path} answered 503: the database does not answer", http.Request.Method, http.Request.Path);
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        // Results.Problem writes through IProblemDetailsService (so any customization applies) and always as problem+json.
        await Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Database unavailable",
            Detail = $"The database does not answer right now; try again in {RetryAfterSeconds} seconds.",
        }).ExecuteAsync(http);
        return true;
    }
}

internal static class DatabaseFaultHandling
{
    /// <summary>Call before any other AddExceptionHandler: handlers run in the order they were added.</summary>
    public static IServiceCollection AddDatabaseUnavailableHandler(this IServiceCollection services) =>
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
}
