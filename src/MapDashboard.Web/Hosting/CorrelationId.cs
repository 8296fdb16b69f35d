using System.Diagnostics;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// The id that ties what a person sees ("error ID …") to the log entry holding the exception: the W3C trace id of the
/// request's activity (what a tracing back end indexes), else the request's TraceIdentifier.
/// </summary>
public static class CorrelationId
{
    public const string ProblemExtension = "correlationId";

    public static string Of(HttpContext? http) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : http?.TraceIdentifier ?? NewId();

    /// <summary>For work with neither a request nor an activity (a Blazor circuit's event handler).</summary>
    public static string NewId() => ActivityTraceId.CreateRandom().ToHexString();
}
