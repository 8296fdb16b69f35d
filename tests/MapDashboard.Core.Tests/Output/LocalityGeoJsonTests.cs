using System.Text;
using System.Text.Json;
using MapDashboard.Core.Output;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Xunit;

namespace MapDashboard.Core.Tests.Output;

/// <summary>The one GeoJSON writer for localities: its vocabulary, geometry and encoding.</summary>
public class LocalityGeoJsonTests
{
    private static readonly LocalityFeature Town =
        new("110118100", "溪翁庄镇", "Xiwengzhuang Town", "town", "110000", "110118", 116.95, 40.48);

    private static JsonElement Properties(byte[] bytes) =>
        JsonDocument.Parse(bytes).RootElement.GetProperty("features")[0].GetProperty("properties").Clone();

    [Fact]
    public void A_town_keeps_its_nine_digit_code_and_reports_its_county_adcode()
    {
        var p = Properties(LocalityGeoJson.Write([Town]));
        Assert.Equal(("110118100", "110118", "110118"), (p.GetProperty("code").GetString(), p.GetProperty("adcode").GetString(), p.GetProperty("parent_code").GetString()));
    }

    [Fact]
    public void What_the_source_does_not_know_is_left_out_not_written_empty()
    {
        var p = Properties(LocalityGeoJson.Write([Town]));
        Assert.False(p.TryGetProperty("pinyin", out _));
        Assert.False(p.TryGetProperty("province_name_en", out _));
        Assert.False(p.TryGetProperty("measures", out _));
    }

    [Fact]
    public void Without_a_shape_the_geometry_is_the_point_and_with_one_the_shape()
    {
        var square = NtsGeometryServices.Instance.CreateGeometryFactory(4326).ToGeometry(new Envelope(116, 117, 40, 41));
        using var point = JsonDocument.Parse(LocalityGeoJson.Write([Town]));
        using var shaped = JsonDocument.Parse(LocalityGeoJson.Write([Town with { Shape = square }]));
        Assert.Equal("[116.95,40.48]", point.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates").GetRawText());
        Assert.Equal("Polygon", shaped.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void Chinese_is_written_as_characters_and_markup_stays_escaped()
    {
        var text = Encoding.UTF8.GetString(LocalityGeoJson.Write([Town with { NameEn = "<b>x</b>" }], "n"));
        Assert.Contains("\"name_zh\":\"溪翁庄镇\"", text);
        Assert.DoesNotContain("<b>", text);
    }
}
