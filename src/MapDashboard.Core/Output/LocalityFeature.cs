using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Output;

/// <summary>
/// A locality as every GeoJSON file and API of ours describes it (<see cref="LocalityGeoJson"/> writes it). Optional
/// parts are null when the writer's source does not know them (read-notice has no pinyin or province names) and are then
/// left out, never renamed.
/// </summary>
/// <param name="Code">Gazetteer code: six digits, nine for a town.</param>
/// <param name="Shape">Boundary to draw; null writes the representative point as the geometry.</param>
public sealed record LocalityFeature(
    string Code, string NameZh, string NameEn, string Level, string ProvinceCode, string ParentCode, double Longitude, double Latitude)
{
    public string? Pinyin { get; init; }
    public string? LevelLabel { get; init; }
    public string? ProvinceNameZh { get; init; }
    public string? ProvinceNameEn { get; init; }
    public string? PrefectureCode { get; init; }
    public string? PrefectureNameZh { get; init; }
    public string? PrefectureNameEn { get; init; }
    public string? NoticeId { get; init; }
    public IReadOnlyList<int>? Measures { get; init; }
    public IReadOnlyList<int>? Themes { get; init; }
    public Geometry? Shape { get; init; }

    /// <summary>Six-digit adcode; a town (9-digit code) reports its county's.</summary>
    public string Adcode => Code.Length > 6 ? Code[..6] : Code;
}
