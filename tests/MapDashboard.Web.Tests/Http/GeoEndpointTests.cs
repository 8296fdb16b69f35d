using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

public class GeoEndpointTests(OnePolygonServer server) : IClassFixture<OnePolygonServer>
{
    private readonly HttpClient _client = server.Client;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Province_boundaries_come_as_GeoJSON_with_names()
    {
        var response = await _client.GetAsync("/api/geo/boundaries/province", _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("北京市", feature.GetProperty("properties").GetProperty("name_zh").GetString());
        Assert.Equal("MultiPolygon", feature.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_repeated_request_with_the_ETag_gets_304_and_no_body()
    {
        var first = await _client.GetAsync("/api/geo/boundaries/province", _ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/geo/boundaries/province");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var second = await _client.SendAsync(again, _ct);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task An_unknown_level_is_a_problem_details_400_naming_the_levels()
    {
        var response = await _client.GetAsync("/api/geo/boundaries/planet", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("province", await response.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task Readiness_reports_PostGIS_and_liveness_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live", _ct)).StatusCode);
        var ready = await _client.GetAsync("/health/ready", _ct);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(_ct));
    }
}
