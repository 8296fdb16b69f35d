using System.Net;
using System.Text.Json;
using Xunit;

namespace MapDashboard.EndToEnd.Ogc;

/// <summary>
/// The core assertions of the OGC CITE suite for OGC API - Features Part 1 (it cannot run here, offline), written
/// against the real server: landing links, conformance classes, collections, paging links, limits, item ids, 400s.
/// </summary>
[Collection(OgcServerCollection.Name)]
public class OgcApiTests(OgcServer server)
{
    private const string Counties = "SELECT count(*) FROM admin_units WHERE level IN ('county_city', 'county', 'district')";

    private static string[] Rels(JsonElement document) =>
        document.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()!).ToArray();

    private static string Link(JsonElement document, string rel) =>
        document.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept = null, string? ifNoneMatch = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, server.Url(path));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_landing_page_links_self_alternate_service_desc_service_doc_conformance_and_data()
    {
        var landing = await server.JsonAsync("");

        Assert.Superset(new HashSet<string> { "self", "alternate", "service-desc", "service-doc", "conformance", "data" }, Rels(landing).ToHashSet());
        var api = await GetAsync(new Uri(Link(landing, "service-desc")).PathAndQuery.Replace("/ogc", ""));
        Assert.Equal("application/vnd.oai.openapi+json", api.Content.Headers.ContentType?.MediaType);
        using var openApi = JsonDocument.Parse(await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("3.0", openApi.RootElement.GetProperty("openapi").GetString());
        Assert.True(openApi.RootElement.GetProperty("paths").TryGetProperty("/collections/{collectionId}/items", out _));
    }

    [Fact]
    public async Task Conformance_declares_core_geojson_html_and_openapi_3()
    {
        var conformance = await server.JsonAsync("/conformance");

        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        foreach (var c in new[] { "core", "geojson", "html", "oas30" })
            Assert.Contains($"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/{c}", classes);
    }

    [Fact]
    public async Task Collections_lists_the_five_each_with_items_links_and_the_boundaries_with_vector_tiles()
    {
        var collections = (await server.JsonAsync("/collections")).GetProperty("collections").EnumerateArray().ToList();

        Assert.Equal(["localities", "practices", "provinces", "prefectures", "counties"], collections.Select(c => c.GetProperty("id").GetString()));
        Assert.All(collections, c => Assert.Contains("items", Rels(c)));
        var tiled = collections.Where(c => Rels(c).Contains("http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector")).Select(c => c.GetProperty("id").GetString());
        Assert.Equal(["localities", "provinces", "prefectures", "counties"], tiled);
    }

    [Fact]
    public async Task Items_without_limit_return_100_features_with_counts_timestamp_and_a_next_link()
    {
        var page = await server.JsonAsync("/collections/counties/items");

        Assert.Equal(100, page.GetProperty("numberReturned").GetInt32());
        Assert.Equal(100, page.GetProperty("features").GetArrayLength());
        Assert.Equal(await server.ScalarAsync<long>(Counties), page.GetProperty("numberMatched").GetInt64());
        Assert.True(page.TryGetProperty("timeStamp", out _));
        Assert.Contains("offset=100", Link(page, "next"));
        Assert.DoesNotContain("prev", Rels(page));
    }

    [Fact]
    public async Task Following_next_links_with_limit_500_returns_every_county_once()
    {
        var seen = new List<string>();
        var url = server.Url("/collections/counties/items?limit=500");
        var pages = 0;
        while (url is not null)
        {
            var page = await server.JsonAsync(url[server.Root.ToString().Length..]);
            seen.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            if (pages++ > 0) Assert.Contains("prev", Rels(page));
            url = Rels(page).Contains("next") ? Link(page, "next") : null;
        }

        Assert.Equal(await server.ScalarAsync<long>(Counties), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=10001")]
    [InlineData("limit=ten")]
    [InlineData("offset=-1")]
    [InlineData("bbox=118,27,123")]
    [InlineData("bbox=123,27,118,31.5")]
    [InlineData("bbox=118,27,123,NaN")]
    [InlineData("provnice=330000")]
    [InlineData("province=999999")]
    [InlineData("level=town")]
    [InlineData("measure=1")]
    [InlineData("f=xml")]
    public async Task A_bad_or_unknown_parameter_is_400_problem_json_naming_it(string query)
    {
        using var response = await GetAsync("/collections/counties/items?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(query.Split('=')[0], problem.RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/collections/rivers")]
    [InlineData("/collections/rivers/items")]
    [InlineData("/collections/counties/items/999999")]
    [InlineData("/collections/counties/items/abc")]
    [InlineData("/collections/localities/items?notice=ndrc-1999-1")]
    public async Task An_unknown_collection_feature_or_notice_is_404_problem_json(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_item_has_the_id_of_its_url_and_is_the_feature_the_items_list()
    {
        var first = (await server.JsonAsync("/collections/counties/items?limit=1")).GetProperty("features")[0];
        var id = first.GetProperty("id").GetString();

        var item = await server.JsonAsync($"/collections/counties/items/{id}");

        Assert.Equal(id, item.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("geometry").GetRawText(), item.GetProperty("geometry").GetRawText());
        Assert.EndsWith($"/collections/counties/items/{id}?f=json", Link(item, "self"));
        Assert.Contains("collection", Rels(item));
    }

    [Fact]
    public async Task A_bbox_returns_exactly_the_counties_postgis_finds_intersecting_it()
    {
        var page = await server.JsonAsync("/collections/counties/items?bbox=118,27,123,31.5&limit=1000");

        var expected = await server.ScalarAsync<long>(Counties + " AND ST_Intersects(boundary, ST_MakeEnvelope(118, 27, 123, 31.5, 4326))");
        Assert.Equal(expected, page.GetProperty("numberReturned").GetInt64());
        Assert.Equal(expected, page.GetProperty("numberMatched").GetInt64());
    }

    [Fact]
    public async Task A_multipolygon_keeps_every_part_and_vertex_at_six_decimals()
    {
        var code = await server.ScalarAsync<string>("SELECT code FROM admin_units WHERE level = 'county' ORDER BY ST_NumGeometries(boundary) DESC, code LIMIT 1");
        var parts = await server.ScalarAsync<int>("SELECT ST_NumGeometries(boundary) FROM admin_units WHERE code = $1", code);

        var geometry = (await server.JsonAsync($"/collections/counties/items/{code}")).GetProperty("geometry");

        Assert.Equal("MultiPolygon", geometry.GetProperty("type").GetString());
        Assert.Equal(parts, geometry.GetProperty("coordinates").GetArrayLength());
        var x = geometry.GetProperty("coordinates")[0][0][0][0].GetRawText();
        Assert.True(x.Split('.').ElementAtOrDefault(1)?.Length is null or <= 6, $"coordinate {x} has more than 6 decimals");
    }

    [Fact]
    public async Task A_province_filter_returns_only_and_all_of_its_counties()
    {
        var page = await server.JsonAsync("/collections/counties/items?province=330000&limit=1000");

        var features = page.GetProperty("features").EnumerateArray().ToList();
        Assert.All(features, f => Assert.Equal("330000", f.GetProperty("properties").GetProperty("province").GetString()));
        Assert.Equal(await server.ScalarAsync<long>(Counties + " AND province_code = '330000'"), features.Count);
    }

    [Fact]
    public async Task Practices_carry_their_measure_excerpt_and_figures_and_filter_by_measure()
    {
        var page = await server.JsonAsync("/collections/practices/items?measure=2&limit=1000");

        var features = page.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(await server.ScalarAsync<long>("SELECT count(*) FROM practices WHERE measure_number = 2"), features.Count);
        Assert.All(features, f =>
        {
            var p = f.GetProperty("properties");
            Assert.Equal(2, p.GetProperty("measure").GetInt32());
            Assert.False(string.IsNullOrEmpty(p.GetProperty("excerpt").GetString()));
            Assert.Equal(JsonValueKind.Array, p.GetProperty("figures").ValueKind);
            Assert.Equal($"{p.GetProperty("code").GetString()}-2", f.GetProperty("id").GetString());
        });
    }

    [Fact]
    public async Task A_repeated_request_with_the_etag_is_304_not_modified()
    {
        using var first = await GetAsync("/collections/counties/items?limit=10");
        var etag = first.Headers.ETag?.ToString();
        Assert.NotNull(etag);

        using var second = await GetAsync("/collections/counties/items?limit=10", ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Head_is_answered_with_the_type_of_the_get()
    {
        using var response = await GetAsync("/collections/counties/items/330106", method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/collections/counties/items?limit=5&f=html", null)]
    [InlineData("/collections/counties/items?limit=5", "text/html,application/xhtml+xml,*/*;q=0.8")]
    public async Task Html_is_served_for_f_html_and_for_browsers(string path, string? accept)
    {
        using var response = await GetAsync(path, accept);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("/collections/counties/items/", html);
        Assert.DoesNotContain("<script", html);
    }
}
