using System.Net;
using System.Text;
using System.Text.Json;
using MapDashboard.Core.Text;
using MapDashboard.Data.ReadModel;
using Xunit;

namespace MapDashboard.Web.Tests.Export;

public class ExportEndpointTests(SeededExportServer server) : IClassFixture<SeededExportServer>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly DashboardFilter Guangdong = new() { ProvinceCodes = new HashSet<string> { "440000" } };
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        var response = await server.Client.GetAsync(url, _ct);
        return (response, await response.Content.ReadAsByteArrayAsync(_ct));
    }

    private static List<string[]> Records(byte[] body)
    {
        Assert.True(body.AsSpan().StartsWith(Bom), "the CSV should start with a UTF-8 byte order mark");
        return Csv.ReadRecords(new StringReader(Encoding.UTF8.GetString(body, Bom.Length, body.Length - Bom.Length))).ToList();
    }

    private static string Column(string[] header, string[] record, string name) => record[Array.IndexOf(header, name)];

    [Fact]
    public async Task Practices_csv_is_text_csv_in_UTF8_with_a_BOM_and_downloads_as_an_attachment()
    {
        var (response, body) = await GetAsync("/api/export/practices.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(body.AsSpan().StartsWith(Bom));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{server.NoticeId}-practices.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Practices_csv_has_one_row_per_practice_the_dashboard_lists_for_the_same_province_and_measures()
    {
        var filter = Guangdong with { Measures = new HashSet<int> { 1, 2, 4, 5, 6, 7, 8 } };
        var expected = await server.PracticesAsync(filter);

        var (_, body) = await GetAsync("/api/export/practices.csv?p=440000&m=1,2,4,5,6,7,8");
        var records = Records(body);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, records.Count - 1);
        Assert.Equal(expected.Select(r => r.Id.ToString()).Order(), records.Skip(1).Select(r => r[0]).Order());
    }

    [Fact]
    public async Task Chinese_place_names_survive_the_CSV_export()
    {
        var (_, body) = await GetAsync("/api/export/practices.csv?p=440000");
        var records = Records(body);
        var header = records[0];

        Assert.All(records.Skip(1), r => Assert.Equal("广东省", Column(header, r, "province_zh")));
        Assert.All(records.Skip(1), r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", Column(header, r, "name_zh")));
    }

    [Fact]
    public async Task Figures_csv_has_one_row_per_figure_of_the_filtered_practices_saying_how_each_was_read()
    {
        var expected = await server.PracticesAsync(Guangdong);

        var (response, body) = await GetAsync("/api/export/figures.csv?p=440000");
        var records = Records(body);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected.Sum(r => r.Indicators.Count), records.Count - 1);
        Assert.Contains("how_read", records[0]);
        Assert.Contains("repaired", records[0]);
    }

    [Fact]
    public async Task GeoJSON_export_has_one_Point_per_filtered_locality_carrying_its_practices()
    {
        var expected = await server.PracticesAsync(Guangdong);

        var (response, body) = await GetAsync("/api/export/practices.geojson?p=440000");
        using var json = JsonDocument.Parse(body);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(expected.Select(r => r.Code).Distinct().Order(), features.Select(f => f.GetProperty("id").GetString()).Order());
        Assert.All(features, f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.Equal(expected.Count, features.Sum(f => f.GetProperty("properties").GetProperty("practices").GetArrayLength()));
    }

    [Fact]
    public async Task GeoJSON_points_are_longitude_then_latitude_inside_Guangdong()
    {
        var (_, body) = await GetAsync("/api/export/practices.geojson?p=440000");
        using var json = JsonDocument.Parse(body);

        Assert.All(json.RootElement.GetProperty("features").EnumerateArray(), f =>
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), 109.5, 117.5);
            Assert.InRange(c[1].GetDouble(), 20.0, 25.6);
            Assert.Equal("广东省", f.GetProperty("properties").GetProperty("province_name_zh").GetString());
        });
    }

    [Fact]
    public async Task A_malformed_province_is_refused_naming_the_parameter_not_exported_as_a_different_set()
    {
        var (response, body) = await GetAsync("/api/export/practices.csv?p=guangdong,44&m=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("p", problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task With_every_measure_switched_off_the_CSV_holds_only_its_header()
    {
        var (_, body) = await GetAsync("/api/export/practices.csv?m=");

        var record = Assert.Single(Records(body));
        Assert.Equal("practice_id", record[0]);
    }

    [Fact]
    public async Task An_unknown_format_is_a_problem_details_404_naming_the_exports()
    {
        var (response, body) = await GetAsync("/api/export/practices.xlsx?p=440000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/api/export/practices.csv", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task HEAD_answers_with_the_content_type_and_no_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/export/practices.geojson");
        var response = await server.Client.SendAsync(request, _ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(_ct));
    }
}
