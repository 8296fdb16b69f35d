using MapDashboard.Core.Geography;
using NetTopologySuite.Geometries;
using Xunit;

namespace MapDashboard.Core.Tests.Geography;

public class BoundaryTests(GeodataFixture geodata) : IClassFixture<GeodataFixture>
{
    /// <summary>
    /// Units whose representative point may lie outside their own simplified polygon, with the reason. None today:
    /// a point is checked against the simplified polygon when the build picks it.
    /// </summary>
    private static readonly IReadOnlySet<string> PointExceptions = new HashSet<string>();

    [Fact]
    public void Every_prefecture_has_a_valid_polygon()
    {
        var prefectures = geodata.Gazetteer.Where(e => e.IsCurrent && e.Level == AdminLevel.Prefecture).ToList();
        Assert.All(prefectures, p => Assert.True(geodata.Prefectures.TryGetValue(p.Code, out var g) && g.IsValid && !g.IsEmpty, $"{p.Code} {p.NameZh}"));
    }

    /// <summary>County-level units that Tianditu draws no polygon for.</summary>
    private static readonly IReadOnlySet<string> WithoutPolygon = new HashSet<string>
    {
        "232761", // 加格达奇区: administered by Heilongjiang, its land lies inside 鄂伦春自治旗 (Inner Mongolia), which Tianditu draws.
    };

    [Fact]
    public void Every_county_level_unit_has_a_valid_polygon()
    {
        var counties = geodata.Gazetteer.Where(e => e.IsCurrent && e.Level is AdminLevel.County or AdminLevel.CountyCity or AdminLevel.District
            && !WithoutPolygon.Contains(e.Code)).ToList();
        Assert.All(counties, c => Assert.True(geodata.Counties.TryGetValue(c.Code, out var g) && g.IsValid && !g.IsEmpty, $"{c.Code} {c.NameZh}"));
    }

    [Fact]
    public void Every_province_has_a_valid_polygon() =>
        Assert.All(ProvinceNames.ByCode.Keys, code => Assert.True(geodata.Provinces.TryGetValue(code, out var g) && g.IsValid, code));

    [Fact]
    public void Polygons_carry_srid_4326() =>
        Assert.All(geodata.Counties.Values.Take(50), g => Assert.Equal(4326, g.SRID));

    [Fact]
    public void Each_representative_point_lies_inside_its_own_polygon()
    {
        var outside = new List<string>();
        foreach (var e in geodata.Gazetteer.Where(e => e.IsCurrent && e.Level != AdminLevel.Town))
        {
            var layer = e.Level switch { AdminLevel.Province => geodata.Provinces, AdminLevel.Prefecture => geodata.Prefectures, _ => geodata.Counties };
            if (!layer.TryGetValue(e.Code, out var polygon) || PointExceptions.Contains(e.Code)) continue;
            if (!polygon.Covers(new Point(e.Longitude, e.Latitude) { SRID = 4326 })) outside.Add($"{e.Code} {e.NameZh}");
        }
        Assert.Empty(outside);
    }

    [Theory]
    [InlineData(116.3975, 39.9087, "110101")] // 天安门 → 东城区
    [InlineData(124.8198, 43.5008, "220184")] // 公主岭 seat
    [InlineData(117.7570, 24.6260, "350605")] // 长泰 seat (武安镇)
    [InlineData(113.2203, 23.4040, "440114")] // 花都 seat (新华街道)
    [InlineData(118.4310, 29.8680, "341021")] // 歙县 seat (徽城镇)
    [InlineData(91.1320, 29.6600, "540102")] // 拉萨 城关区
    public void Known_wgs84_points_land_in_the_right_county(double lon, double lat, string code)
    {
        var point = new Point(lon, lat) { SRID = 4326 };
        var hits = geodata.Counties.Where(kv => kv.Value.Covers(point)).Select(kv => kv.Key).ToList();
        Assert.Equal([code], hits);
    }

    [Theory]
    [InlineData(GeodataFiles.Provinces, 300)]
    [InlineData(GeodataFiles.Lines, 400)]
    [InlineData(GeodataFiles.Gazetteer, 6000)]
    public void A_file_stays_within_its_size_budget(string file, int kilobytes) =>
        Assert.InRange(new FileInfo(RepoGeodata.PathOf(file)).Length, 1, kilobytes * 1024L);

    [Fact]
    public void Prefectures_and_counties_together_stay_within_4_MB() =>
        Assert.InRange(new FileInfo(RepoGeodata.PathOf(GeodataFiles.Prefectures)).Length + new FileInfo(RepoGeodata.PathOf(GeodataFiles.Counties)).Length,
            1, 4L * 1024 * 1024);
}
