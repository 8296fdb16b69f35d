using MapDashboard.Data.Entities;

namespace MapDashboard.TestSupport;

/// <summary>Small, hand-made admin units for tests that need a drawn polygon but not the whole geodata.</summary>
public static class AdminUnitFixtures
{
    /// <summary>A square around Beijing's centre, standing in for a province.</summary>
    public static AdminUnit BeijingSquare() => new()
    {
        Code = "110000", Level = "province", NameZh = "北京市", ShortNameZh = "北京", NameEn = "Beijing", Pinyin = "Beijing",
        ProvinceCode = "110000",
        Boundary = Wkt.Read<NetTopologySuite.Geometries.MultiPolygon>(
            "MULTIPOLYGON (((115.4 39.4, 117.5 39.4, 117.5 41.1, 115.4 41.1, 115.4 39.4)))"),
        Point = Wkt.Read<NetTopologySuite.Geometries.Point>("POINT (116.3975 39.9087)"),
    };
}
