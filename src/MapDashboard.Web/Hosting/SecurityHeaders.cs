using Microsoft.Extensions.Options;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// The headers every response carries: the Content-Security-Policy (<see cref="ContentSecurityPolicy"/>), nosniff, a
/// referrer policy, a permissions policy; and no Server header. AllowedHosts (appsettings.json) limits the Host names
/// answered; it is ASP.NET Core's host filtering, configured there.
/// </summary>
public static class SecurityHeaders
{
    // Features no page uses are switched off; the presenter goes full screen and "Copy link" writes the clipboard.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), " +
        "fullscreen=(self), clipboard-write=(self)";

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        return builder;
    }

    /// <summary>First in the pipeline: set when the response starts, so error and re-executed pages carry them too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MapDashboardOptions>>();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy.For(
                    ContentSecurityPolicy.NonceFor(http), http.Request.Scheme, http.Request.Host.ToUriComponent(), options.Value.TileUrl);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.Remove("Server");
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
