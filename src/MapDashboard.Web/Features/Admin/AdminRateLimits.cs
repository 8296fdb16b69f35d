using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MapDashboard.Web.Features.Admin;

/// <summary>The "MapDashboard:Admin" section (environment: MapDashboard__Admin__Key): the admin area's own tight limits.</summary>
public sealed class AdminLimitOptions
{
    public const string Section = "MapDashboard:Admin";

    /// <summary>Sign-in attempts one client IP may make per window (on top of the lock-out after 5 wrong passwords).</summary>
    [Range(1, 10_000)]
    public int SignInPermitLimit { get; set; } = 10;

    /// <summary>Notice uploads one client IP may make per window.</summary>
    [Range(1, 10_000)]
    public int UploadPermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 300;
}

/// <summary>
/// Sign-in and upload, each limited per client IP by the app's rate limiter (fixed window, no queue); over the limit is
/// 429 problem+json with Retry-After, as for the other limited endpoints. MapDashboard:RateLimits:Enabled=false turns
/// these off too.
/// </summary>
internal static class AdminRateLimits
{
    public const string SignInPolicy = "admin-sign-in";
    public const string UploadPolicy = "admin-upload";

    public static IServiceCollection AddAdminRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminLimitOptions>().Bind(configuration.GetSection(AdminLimitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RateLimiterOptions>(limiter =>
        {
            limiter.AddPolicy(SignInPolicy, http => PerClient(http, SignInPolicy, o => o.SignInPermitLimit));
            limiter.AddPolicy(UploadPolicy, http => PerClient(http, UploadPolicy, o => o.UploadPermitLimit));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, string policy, Func<AdminLimitOptions, int> permits)
    {
        if (!http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
            return RateLimitPartition.GetNoLimiter("unlimited");
        var o = http.RequestServices.GetRequiredService<IOptions<AdminLimitOptions>>().Value;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(o),
            Window = TimeSpan.FromSeconds(o.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
