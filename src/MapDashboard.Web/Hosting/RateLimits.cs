using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using MapDashboard.Web.Shared.Parameters;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MapDashboard.Web.Hosting;

/// <summary>The "MapDashboard:RateLimits" section (environment: MapDashboard__RateLimits__Key).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "MapDashboard:RateLimits";

    /// <summary>Off for benchmarks and load tests: every request passes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client IP may make to one limited kind of endpoint per window.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 30;

    /// <summary>The window's length in seconds (a fixed window: the count starts again at its end).</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// ASP.NET Core's rate limiter on what is expensive to answer: exports (a query and a whole file each) and geometry at
/// full detail (tolerance 0: megabytes each). Partitioned per client IP; a client over its limit gets 429 problem+json
/// with Retry-After. Simplified geometry, pages and everything else are not limited.
/// </summary>
public static class RateLimits
{
    public const string ExportPolicy = "exports";
    public const string FullDetailPolicy = "full-detail-geometry";

    public static IServiceCollection AddMapDashboardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ExportPolicy, http => PerClient(http, ExportPolicy, limited: true));
            limiter.AddPolicy(FullDetailPolicy, http => PerClient(http, FullDetailPolicy, limited: IsFullDetail(http)));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, string policy, bool limited)
    {
        var o = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!o.Enabled || !limited) return RateLimitPartition.GetNoLimiter("unlimited");
        // Behind a reverse proxy every client has the proxy's address unless ForwardedHeaders is set up in front of this.
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.PermitLimit,
            Window = TimeSpan.FromSeconds(o.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static bool IsFullDetail(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ToleranceDefault>() is { } fallback
        && Tolerance.IsFullDetail(http.Request.Query, fallback.Value);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.WindowSeconds;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"This client has made too many requests of this kind; try again in {Math.Max(1, retryAfter)} s.")
            .ExecuteAsync(http);
    }
}
