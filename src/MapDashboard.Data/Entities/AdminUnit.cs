using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Entities;

/// <summary>An administrative unit from the committed geodata: boundary (none for towns) and representative point.</summary>
public class AdminUnit
{
    /// <summary>GB/T 2260 code (6 digits) or town code (9 digits).</summary>
    public required string Code { get; set; }
    public required string Level { get; set; }
    public required string NameZh { get; set; }
    public required string ShortNameZh { get; set; }
    public required string NameEn { get; set; }
    public required string Pinyin { get; set; }
    public string? ParentCode { get; set; }
    public required string ProvinceCode { get; set; }
    public MultiPolygon? Boundary { get; set; }
    public required Point Point { get; set; }
}
