using System.Net;
using System.Text.RegularExpressions;
using MapDashboard.TestSupport;
using MapDashboard.Web.Hosting;
using Xunit;

namespace MapDashboard.Web.Tests.Hosting;

/// <summary>The app on a real Kestrel port (Kestrel is what would send a Server header) over one hand-made province.</summary>
public sealed class KestrelOnePolygonServer : IAsyncLifetime
{
    public PostgisDatabase Database { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    private DashboardFactory? _factory;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
            await NoticeFixtures.SeedOnePracticeAsync(db, "Beijing built 5 centres.");
        _factory = new DashboardFactory(Database.ConnectionString);
        Client = new HttpClient { BaseAddress = _factory.StartKestrel() };
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public partial class SecurityHeaderTests(KestrelOnePolygonServer server) : IClassFixture<KestrelOnePolygonServer>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> GetPageAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await server.Client.SendAsync(request, _ct);
    }

    private static string Csp(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

    private static Dictionary<string, string> Directives(string csp) => csp.Split(';', StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [Theory]
    [InlineData("/")]
    [InlineData("/?sel=110000")]
    [InlineData("/present")]
    [InlineData("/compare?codes=110000")]
    [InlineData("/notice?from=0&to=5")]
    [InlineData("/no-such-page")]
    public async Task Every_page_carries_the_policy_and_the_protective_headers(string path)
    {
        var response = await GetPageAsync(path);
        var csp = Directives(Csp(response));
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Matches(@"^'self' 'nonce-[0-9a-f]{32}'$", csp["script-src"]);
        Assert.Equal("'self' data: blob:", csp["img-src"]);
        Assert.StartsWith("'self'", csp["connect-src"]);
        Assert.Contains("ws://" + server.Client.BaseAddress!.Authority, csp["connect-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'self'", csp["base-uri"]);
        Assert.Equal("'self'", csp["frame-ancestors"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"), "Kestrel names itself in a Server header");
    }

    [Fact]
    public async Task The_import_map_runs_by_the_nonce_the_policy_names_and_each_page_gets_its_own()
    {
        var first = await GetPageAsync("/");
        var html = await first.Content.ReadAsStringAsync(_ct);
        var nonce = Regex.Match(Csp(first), @"'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", html);
        // Every other script is a file: an inline one without the nonce would not run.
        Assert.All(InlineScripts().Matches(html), m => Assert.Contains($"nonce=\"{nonce}\"", m.Value));

        var second = await GetPageAsync("/");
        Assert.NotEqual(nonce, Regex.Match(Csp(second), @"'nonce-([^']+)'").Groups[1].Value);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>")]
    private static partial Regex InlineScripts();

    [Theory]
    [InlineData("/api/geo/lines")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/favicon.svg")]
    public async Task Files_and_api_answers_are_not_sniffed_and_do_not_name_the_server(string path)
    {
        var response = await server.Client.GetAsync(path, _ct);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_host_name_that_is_not_allowed_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";
        var response = await server.Client.SendAsync(request, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Local_host_names_are_served_by_default(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = $"{host}:{server.Client.BaseAddress!.Port}";
        var response = await server.Client.SendAsync(request, _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
