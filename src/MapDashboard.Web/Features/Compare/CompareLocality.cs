using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Compare;

/// <summary>A locality on the compare page: who it is and every practice the notice credits it with.</summary>
public sealed record CompareLocality(
    string Code, string NameZh, string NameEn, string Level, string ProvinceNameZh, string ProvinceNameEn,
    IReadOnlyList<PracticeRow> Practices)
{
    public IEnumerable<IndicatorRow> Figures => Practices.SelectMany(p => p.Indicators);

    public static CompareLocality From(IReadOnlyList<PracticeRow> practices)
    {
        var p = practices[0];
        return new CompareLocality(p.Code, p.NameZh, p.NameEn, p.Level, p.ProvinceNameZh, p.ProvinceNameEn, practices);
    }
}
