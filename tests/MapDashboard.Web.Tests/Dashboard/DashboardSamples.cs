using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Small, hand-made dashboard data: two themes, three measures, three localities.</summary>
internal static class DashboardSamples
{
    public static readonly IReadOnlyList<MeasureInfo> Measures =
    [
        new(1, 1, "Urbanization of migrants", "Household registration", "(1) lead"),
        new(2, 1, "Urbanization of migrants", "Public services", "(2) lead"),
        new(10, 3, "Urban-rural integration", "Rural finance", "(10) lead"),
    ];

    public static readonly IndicatorRow RepairedPlaces =
        new(12000m, "compulsory education places", "about", "about 6.5438+0.2 million", "6.5438+0 stands for 1; 万 read as million: 1.2万 = 12,000", true, 10, 35);

    public static readonly IndicatorRow TextOnly =
        new(null, "public school gymnasiums", "more than", "More than 0/0 public school gymnasiums", "0/0 is garbled; kept as text", false, 40, 78);

    public static readonly IndicatorRow Loans = new(230_000_000m, "yuan", "about", "about 230 million yuan", "", false, 90, 111);

    public static PracticeRow Row(int measure, string code, string nameZh, string nameEn, string province, string provinceZh,
        string excerpt = "An excerpt.", params IndicatorRow[] figures) =>
        new(code.GetHashCode(), Measures.First(m => m.Number == measure).ThemeNumber, "Theme", measure,
            Measures.First(m => m.Number == measure).Title, code, nameZh, nameEn, "district", province[..2] + "0000",
            provinceZh, province, excerpt, 0, excerpt.Length, figures);

    public static FacetCounts Facets(int localities = 3) => new(
        [new("1", "Household registration", "", 1), new("2", "Public services", "", 1), new("10", "Rural finance", "", 1)],
        [new("1", "Urbanization of migrants", "", 2), new("3", "Urban-rural integration", "", 1)],
        [new("440000", "Guangdong Province", "广东省", 2), new("510000", "Sichuan Province", "四川省", 1)],
        [new("district", "district", "", localities)],
        localities, localities);
}
