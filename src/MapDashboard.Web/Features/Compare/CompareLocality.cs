using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// A compare column: a locality, the notice it is read from (<see cref="Place"/> names both, as the URL will) and every
/// practice that notice credits it with.
/// </summary>
public sealed record CompareLocality(
    string Code, string NameZh, string NameEn, string Level, string ProvinceNameZh, string ProvinceNameEn,
    IReadOnlyList<PracticeRow> Practices)
{
    /// <summary>The notice the practices come from; null for columns made without one (tests of the table).</summary>
    public CompareNotice? Notice { get; init; }

    public string ProvinceCode => Practices[0].ProvinceCode;

    /// <summary>The place as the URL writes it once pinned to its notice.</summary>
    public ComparePlace Place => new(Code, Notice?.Id);

    public IEnumerable<IndicatorRow> Figures => Practices.SelectMany(p => p.Indicators);

    public static CompareLocality From(IReadOnlyList<PracticeRow> practices, CompareNotice? notice = null)
    {
        var p = practices[0];
        return new CompareLocality(p.Code, p.NameZh, p.NameEn, p.Level, p.ProvinceNameZh, p.ProvinceNameEn, practices) { Notice = notice };
    }
}
