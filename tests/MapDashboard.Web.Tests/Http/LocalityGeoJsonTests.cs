using System.Text.Json;
using MapDashboard.Web.Tests.Export;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>What the map's popups read from GET /api/notices/current/localities.geojson, per interface language.</summary>
public class LocalityGeoJsonTests(SeededExportServer server) : IClassFixture<SeededExportServer>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<JsonElement> HuaduAsync(string culture)
    {
        var body = await server.Client.GetStringAsync($"/api/notices/current/localities.geojson?culture={culture}", _ct);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Single(p => p.GetProperty("code").GetString() == "440114").Clone();
    }

    [Fact]
    public async Task In_Chinese_the_popup_names_the_province_in_Chinese()
    {
        var huadu = await HuaduAsync("zh-CN");
        Assert.Equal("广东省", huadu.GetProperty("province_label").GetString());
        Assert.Equal("市辖区", huadu.GetProperty("level_label").GetString());
    }

    [Fact]
    public async Task In_English_the_popup_names_the_province_in_English_and_both_names_stay_available()
    {
        var huadu = await HuaduAsync("en");
        Assert.Equal("Guangdong Province", huadu.GetProperty("province_label").GetString());
        Assert.Equal("Guangdong Province", huadu.GetProperty("province_name_en").GetString());
        Assert.Equal("广东省", huadu.GetProperty("province_name_zh").GetString());
    }
}
