using MapDashboard.Core.Output;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace MapDashboard.Data.ReadModel;

/// <summary>A locality of the read model in the one locality vocabulary (<see cref="LocalityGeoJson"/>).</summary>
public static class LocalityFeatures
{
    /// <summary>
    /// <paramref name="tolerance"/>: null writes the point as geometry (exports); otherwise the boundary simplified to
    /// that many degrees (0: as stored), or the point for a town, which has none.
    /// </summary>
    public static LocalityFeature From(LocalityInfo l, string? noticeId = null, IReadOnlyList<int>? measures = null,
        IReadOnlyList<int>? themes = null, double? tolerance = null, string? levelLabel = null) =>
        new(l.Code, l.NameZh, l.NameEn, l.Level, l.ProvinceCode, l.ParentCode, l.Point.X, l.Point.Y)
        {
            Pinyin = l.Pinyin, LevelLabel = levelLabel, ProvinceNameZh = l.ProvinceNameZh, ProvinceNameEn = l.ProvinceNameEn,
            PrefectureCode = l.PrefectureCode, PrefectureNameZh = l.PrefectureNameZh, PrefectureNameEn = l.PrefectureNameEn,
            NoticeId = noticeId, Measures = measures, Themes = themes,
            Shape = tolerance is { } t ? Shape(l.Boundary, t) : null,
        };

    /// <summary>Every plotted locality of a notice, largest first (smaller ones draw on top).</summary>
    public static IEnumerable<LocalityFeature> Plotted(NoticeData notice, double? tolerance, Func<string, string?>? levelLabel = null) =>
        notice.Plotted.Select(p => From(p.Locality, notice.Id, p.Measures, p.Themes, tolerance, levelLabel?.Invoke(p.Locality.Level)));

    private static Geometry? Shape(MultiPolygon? boundary, double tolerance) =>
        boundary is null ? null : tolerance > 0 ? TopologyPreservingSimplifier.Simplify(boundary, tolerance) : boundary;
}
