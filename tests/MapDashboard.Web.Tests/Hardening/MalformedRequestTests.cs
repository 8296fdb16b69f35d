using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace MapDashboard.Web.Tests.Hardening;

/// <summary>
/// A careless or hostile visitor's links: whatever the query or path, no route answers 5xx, an API's 4xx is problem+json,
/// and no body carries a stack trace, an SQLSTATE or an exception type name.
/// </summary>
public sealed partial class MalformedRequestTests(MalformedRequestServer server) : IClassFixture<MalformedRequestServer>
{
    private const int RequestCount = 1000;
    private const string ErrorMarker = "data-testid=\"error-message\"";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public void The_fuzzed_routes_include_every_page_and_API()
    {
        Assert.Superset(new HashSet<string>
        {
            "/", "/compare", "/notice", "/present", "/present/{Step:int}", "/culture/set",
            "/api/geo/boundaries/{level}", "/api/geo/lines", "/api/notices", "/api/notices/{id}", "/api/notices/{id}/localities.geojson",
            "/api/notices/{id}/practices.csv", "/api/notices/{id}/figures.csv", "/api/notices/{id}/practices.geojson",
            "/api/localities/{code}/notices",
            "/api/export/practices.csv", "/api/export/figures.csv", "/api/export/practices.geojson",
        }, server.Routes.Select(r => r.Length > 1 ? r.TrimEnd('/') : r).ToHashSet()); // a group's own route ends in '/'

    }

    [Fact]
    public async Task A_thousand_malformed_requests_get_no_5xx_and_no_exception_text()
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var requests = MalformedRequests.Generate(server.Routes, RequestCount).ToList();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = _ct },
            async (request, ct) =>
            {
                if (await CheckAsync(request.Method, request.Target, ct) is { } failure) failures.Add(failure);
            });
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} requests failed:\n" + string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("/notice?from=abc")]
    [InlineData("/notice?from=-5&to=99999999999")]
    [InlineData("/present?practices=maybe")]
    [InlineData("/present/0")]
    [InlineData("/compare?codes=abc,中,440114")]
    [InlineData("/?p=abc&l=planet&m=NaN&view=NaN,NaN,NaN&sel=中")]
    public async Task A_page_with_bad_values_opens_with_defaults(string target)
    {
        var response = await server.Client.GetAsync(target, _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(ErrorMarker, await response.Content.ReadAsStringAsync(_ct));
    }

    [Theory]
    [InlineData("/api/geo/lines?tolerance=NaN", "tolerance")]
    [InlineData("/api/geo/lines?tolerance=Infinity", "tolerance")]
    [InlineData("/api/geo/lines?tolerance=-0.01", "tolerance")]
    [InlineData("/api/geo/lines?tolerance=0.0123", "tolerance")]
    [InlineData("/api/geo/lines?tolerance=0.01&tolerance=0.02", "tolerance")]
    [InlineData("/api/geo/boundaries/province?tolerance=abc", "tolerance")]
    [InlineData("/api/geo/boundaries/planet", "level")]
    [InlineData("/api/notices/current/localities.geojson?tolerance=1e309", "tolerance")]
    [InlineData("/api/export/practices.csv?p=abc", "p")]
    [InlineData("/api/export/figures.csv?m=0", "m")]
    [InlineData("/api/export/practices.geojson?l=planet", "l")]
    public async Task A_bad_API_value_is_a_400_problem_naming_the_parameter(string target, string parameter)
    {
        var response = await server.Client.GetAsync(target, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Every_tolerance_level_is_answered()
    {
        foreach (var level in MapDashboard.Web.Shared.Parameters.Tolerance.Levels.Where(l => l > 0))
        {
            var target = FormattableString.Invariant($"/api/geo/lines?tolerance={level}");
            Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(target, _ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Switching_language_back_to_a_Chinese_path_redirects_to_it_encoded()
    {
        var response = await server.RedirectClient.GetAsync("/culture/set?culture=zh-CN&redirect=/%E4%B8%AD?x=%E6%96%87", _ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%E4%B8%AD?x=%E6%96%87", response.Headers.Location?.OriginalString);
    }

    private async Task<string?> CheckAsync(string method, string target, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(target, UriKind.Relative));
        using var response = await server.Client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var status = (int)response.StatusCode;
        var where = $"{method} {Shorten(target)} -> {status}";
        if (status >= 500) return $"{where}: {Shorten(body)}";
        if (target.StartsWith("/api/", StringComparison.Ordinal) && status is >= 400 and < 500 && method == "GET"
            && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{where}: {response.Content.Headers.ContentType} is not problem+json";
        // The error boundary's message on a page means a component threw: a bug, even if the status is 200.
        if (body.Contains(ErrorMarker, StringComparison.Ordinal) && !target.StartsWith("/Error", StringComparison.OrdinalIgnoreCase))
            return $"{where}: the page shows the unexpected-error message";
        return Leak().Match(body) is { Success: true } leak ? $"{where}: body shows '{leak.Value}'" : null;
    }

    // A stack frame ("at X.Y(...)"), an exception type, an SQLSTATE or the driver's name: nothing of these is for users.
    [GeneratedRegex(@"\bat [\w.`<>]+\.[\w<>`]+\(|\b[A-Z]\w*Exception\b|SQLSTATE|Npgsql|\b(?:[0-9]{2}[0-9A-Z]{3}|XX000|P0001):\s")]
    private static partial Regex Leak();

    private static string Shorten(string s) => s.Length <= 160 ? s : s[..160] + "…";
}
