using MapDashboard.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MapDashboard.Web.Tests.Hardening;

/// <summary>
/// The app over the real seeds with the rate limiter off (a fuzz run is one client sending a thousand requests), and
/// the routes it serves, read from its EndpointDataSource so a new route is fuzzed without editing the test.
/// </summary>
public sealed class MalformedRequestServer : IAsyncLifetime
{
    public SeededPostgisDatabase Database { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient RedirectClient { get; private set; } = null!;
    public IReadOnlyList<string> Routes { get; private set; } = [];
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        _factory = new DashboardFactory(Database.ConnectionString,
            new Dictionary<string, string?> { ["MapDashboard:RateLimits:Enabled"] = "false" });
        Client = _factory.CreateClient();
        RedirectClient = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            // Blazor's own transport (/_blazor, /_framework) is SignalR and framework files, not the app's routes.
            .Where(r => !r.StartsWith("/_", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        RedirectClient?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
