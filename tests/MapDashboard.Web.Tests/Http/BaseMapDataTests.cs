using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>What the base map fetches: province labels from the boundary endpoint, the special lines from /api/geo/lines.</summary>
public class BaseMapDataTests : IClassFixture<PostgisDatabase>, IAsyncLifetime
{
    private readonly PostgisDatabase _database;
    private DashboardFactory _factory = null!;
    private HttpClient _client = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public BaseMapDataTests(PostgisDatabase database) => _database = database;

    public async ValueTask InitializeAsync()
    {
        await using (var db = _database.CreateContext())
        {
            if (!db.AdminUnits.Any())
            {
                db.AdminUnits.Add(AdminUnitFixtures.BeijingSquare());
                await db.SaveChangesAsync(_ct);
            }
        }
        _factory = new DashboardFactory(_database.ConnectionString);
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

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
}
