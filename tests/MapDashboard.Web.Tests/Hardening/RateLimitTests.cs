using System.Net;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Hardening;

/// <summary>The app with a rate limit of two requests per minute per client, over an empty (migrated) database.</summary>
public sealed class RateLimitedServer : IAsyncLifetime
{
    public PostgisDatabase Database { get; } = new();
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        _factory = new DashboardFactory(Database.ConnectionString, new Dictionary<string, string?>
        {
            ["MapDashboard:RateLimits:PermitLimit"] = "2",
            ["MapDashboard:RateLimits:WindowSeconds"] = "60",
        });
    }

    /// <summary>
    /// A client of this app. The test server gives every client the same (no) address, so all share one partition per
    /// policy: each test here uses its own policy (exports, full-detail geometry).
    /// </summary>
    public HttpClient CreateClient() => _factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Exports and full-detail geometry are limited per client; what the map itself loads is not.</summary>
public sealed class RateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_third_export_within_a_minute_gets_429_problem_with_Retry_After()
    {
        using var client = server.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/export/practices.csv", _ct)).StatusCode);

        var third = await client.GetAsync("/api/export/figures.csv", _ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Full_detail_boundaries_are_limited_but_simplified_ones_are_not()
    {
        using var client = server.CreateClient();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/geo/boundaries/province?tolerance=0.01", _ct)).StatusCode);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.GetAsync("/api/geo/boundaries/province?tolerance=0", _ct)).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
