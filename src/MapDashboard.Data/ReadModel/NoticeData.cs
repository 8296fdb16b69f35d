using MapDashboard.Core.Geography;

namespace MapDashboard.Data.ReadModel;

/// <summary>
/// One notice as read at one data version, immutable: its text, measures and practices, and what the dashboard asks of
/// them (filtered lists, facet counts, plotted localities, search options), all answered in memory.
/// </summary>
public sealed class NoticeData
{
    private readonly ILookup<string, PracticeRow> _byCode;

    public NoticeData(NoticeSummary summary, string text, IReadOnlyList<MeasureInfo> measures, IReadOnlyList<PracticeRow> practices,
        IReadOnlyDictionary<string, LocalityInfo> localities)
    {
        (Summary, Text, Measures, Practices) = (summary, text, measures, practices);
        _byCode = practices.ToLookup(p => p.Code);
        Plotted = _byCode
            .Select(g => new PlottedLocality(localities[g.Key],
                g.Select(p => p.MeasureNumber).Distinct().Order().ToList(), g.Select(p => p.ThemeNumber).Distinct().Order().ToList()))
            .OrderByDescending(l => l.Locality.Area).ThenBy(l => l.Locality.Code, StringComparer.Ordinal)
            .ToList();
        Places = Plotted.Select(p => p.Locality).OrderBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new LocalityOption(l.Code, l.NameZh, l.NameEn, l.Pinyin, l.ProvinceNameZh, l.ProvinceNameEn) { Within = l.Within })
            .ToList();
    }

    public NoticeSummary Summary { get; }
    public string Id => Summary.Id;
    public string Text { get; }
    public IReadOnlyList<MeasureInfo> Measures { get; }

    /// <summary>Every practice, ordered by measure, then province, then locality code.</summary>
    public IReadOnlyList<PracticeRow> Practices { get; }

    /// <summary>Every locality with at least one practice, largest first (so smaller ones draw on top).</summary>
    public IReadOnlyList<PlottedLocality> Plotted { get; }

    /// <summary>The plotted localities as the search box offers them, by code.</summary>
    public IReadOnlyList<LocalityOption> Places { get; }

    /// <summary>Practices that pass the filter, in <see cref="Practices"/> order.</summary>
    public IReadOnlyList<PracticeRow> List(DashboardFilter filter) => Filtered(filter).ToList();

    /// <summary>Every practice of one locality, whatever the filter: a locality shows all its measures. Empty when none.</summary>
    public IReadOnlyList<PracticeRow> ForLocality(string code) => _byCode[code].ToList();

    public bool Credits(string code) => _byCode.Contains(code);

    public FacetCounts Facets(DashboardFilter filter)
    {
        var forMeasures = Filtered(filter.WithoutMeasures()).ToList();
        var measures = forMeasures.GroupBy(r => (r.MeasureNumber, r.MeasureTitle)).OrderBy(g => g.Key.MeasureNumber)
            .Select(g => new FacetCount(g.Key.MeasureNumber.ToString(), g.Key.MeasureTitle, "", Distinct(g)))
            .ToList();
        var themes = forMeasures.GroupBy(r => (r.ThemeNumber, r.ThemeTitle)).OrderBy(g => g.Key.ThemeNumber)
            .Select(g => new FacetCount(g.Key.ThemeNumber.ToString(), g.Key.ThemeTitle, "", Distinct(g)))
            .ToList();
        // A province that is no unit of ours has no name to show: it is left out, as the join in SQL did.
        var provinces = Filtered(filter.WithoutProvinces()).Where(r => r.ProvinceNameEn.Length > 0 || r.ProvinceNameZh.Length > 0)
            .GroupBy(r => (r.ProvinceCode, r.ProvinceNameEn, r.ProvinceNameZh)).OrderBy(g => g.Key.ProvinceCode, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key.ProvinceCode, g.Key.ProvinceNameEn, g.Key.ProvinceNameZh, Distinct(g)))
            .ToList();
        var levels = Filtered(filter.WithoutLevels()).GroupBy(r => r.Level)
            .OrderBy(g => AdminLevelNames.Codes.TakeWhile(c => c != g.Key).Count())
            .Select(g => new FacetCount(g.Key, g.Key, "", Distinct(g)))
            .ToList();
        var matching = Filtered(filter).ToList();
        return new FacetCounts(measures, themes, provinces, levels, Distinct(matching), matching.Count);
    }

    private static int Distinct(IEnumerable<PracticeRow> rows) => rows.Select(r => r.Code).Distinct().Count();

    private IEnumerable<PracticeRow> Filtered(DashboardFilter filter) => Practices.Where(p =>
        (filter.Measures is null || filter.Measures.Contains(p.MeasureNumber))
        && (filter.ProvinceCodes.Count == 0 || filter.ProvinceCodes.Contains(p.ProvinceCode))
        && (filter.Levels.Count == 0 || filter.Levels.Contains(p.Level)));
}
