using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>What the base map fetches: province labels from the boundary endpoint, the special lines from /api/geo/lines.</summary>
public class BaseMapDataTests(OnePolygonServer server) : IClassFixture<OnePolygonServer>
{
    private readonly HttpClient _client = server.Client;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_province_carries_its_short_names_and_label_point()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/geo/boundaries/province?tolerance=0.01", _ct));
        var props = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("北京", props.GetProperty("short_name_zh").GetString());
        Assert.Equal("Beijing", props.GetProperty("pinyin").GetString());
        Assert.Equal(116.3975, props.GetProperty("label_lon").GetDouble());
        Assert.Equal(39.9087, props.GetProperty("label_lat").GetDouble());
    }

    [Fact]
    public async Task The_lines_are_GeoJSON_with_the_national_border_and_the_ten_dash_line()
    {
        var response = await _client.GetAsync("/api/geo/lines", _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        var kinds = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("kind").GetString()).ToList();
        Assert.Contains("national_border", kinds);
        Assert.Contains("ten_dash_line", kinds);
    }

    [Fact]
    public async Task The_lines_answer_304_to_their_ETag()
    {
        var etag = (await _client.GetAsync("/api/geo/lines", _ct)).Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/geo/lines");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again, _ct)).StatusCode);
    }

    private async Task<Dictionary<string, int>> VerticesByKindAsync(string url)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(url, _ct));
        static int Count(JsonElement c) => c[0].ValueKind == JsonValueKind.Number ? 1 : c.EnumerateArray().Sum(Count);
        return json.RootElement.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("kind").GetString()!,
            f => Count(f.GetProperty("geometry").GetProperty("coordinates")));
    }

    [Fact]
    public async Task Lines_simplified_like_the_provinces_keep_every_kind_with_fewer_vertices()
    {
        var full = await VerticesByKindAsync("/api/geo/lines");
        var simplified = await VerticesByKindAsync("/api/geo/lines?tolerance=0.01");
        Assert.Equal(full.Keys.Order(), simplified.Keys.Order());
        Assert.True(simplified["national_border"] < full["national_border"],
            $"border: {simplified["national_border"]} vertices simplified, {full["national_border"]} as built");
    }

    [Fact]
    public async Task A_tolerance_outside_0_to_1_is_a_problem_response()
    {
        var response = await _client.GetAsync("/api/geo/lines?tolerance=5", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
