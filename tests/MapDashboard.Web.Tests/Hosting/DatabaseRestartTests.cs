using System.Net;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Hosting;

/// <summary>The app over a cluster of its own, which these tests stop and start (the shared test cluster keeps running).</summary>
public sealed class RestartableServer : IAsyncLifetime
{
    public PrivateCluster Cluster { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    private DashboardFactory? _factory;

    public async ValueTask InitializeAsync()
    {
        await Cluster.InitializeAsync();
        await using (var db = Cluster.CreateContext())
            await NoticeFixtures.SeedOnePracticeAsync(db, "Beijing built 5 centres.");
        _factory = new DashboardFactory(Cluster.ConnectionString);
        Client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}

public class DatabaseRestartTests(RestartableServer server) : IClassFixture<RestartableServer>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    // Boundaries at a tolerance not asked for before are read from the database, through pooled connections.
    private const string Export = "/api/export/practices.csv";

    [Fact]
    public async Task The_first_request_after_a_database_restart_succeeds()
    {
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/geo/boundaries/province", _ct)).StatusCode);

        // The pool now holds connections that the restart kills (57P01 admin shutdown on their next use).
        await server.Cluster.StopAsync();
        await server.Cluster.StartAsync();

        var first = await server.Client.GetAsync("/api/geo/boundaries/province?tolerance=0.01", _ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("110000", await first.Content.ReadAsStringAsync(_ct));
        Assert.Contains("Beijing built 5 centres.", await server.Client.GetStringAsync(Export, _ct));
    }

    [Fact]
    public async Task While_the_database_is_down_the_notice_routes_answer_from_the_read_models_snapshot()
    {
        const string path = "/api/notices/current/localities.geojson";
        var before = await server.Client.GetByteArrayAsync(path, _ct);
        await server.Cluster.StopAsync();
        try
        {
            Assert.Equal(before, await server.Client.GetByteArrayAsync(path, _ct));
        }
        finally
        {
            await server.Cluster.StartAsync();
        }
    }

    // A tolerance nobody asked for yet: the boundaries must be read from the database.
    [Theory]
    [InlineData("/api/geo/boundaries/county?tolerance=0.05")]
    public async Task While_the_database_is_down_an_api_answers_503_problem_details_with_retry_after_and_no_server_text(string path)
    {
        await server.Cluster.StopAsync();
        try
        {
            var response = await server.Client.GetAsync(path, _ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter?.Delta);
            var body = await response.Content.ReadAsStringAsync(_ct);
            Assert.Contains("Database unavailable", body);
            Assert.DoesNotMatch("57P0|SQLSTATE|Npgsql|Exception|refused|at Map", body);
        }
        finally
        {
            await server.Cluster.StartAsync();
        }
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(path, _ct)).StatusCode);
    }
}
