using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Dashboard.Practices;

/// <summary>
/// How the practice list is sorted and quick-filtered, as the URL keeps it (sort=-locality, q=成都): a column name from a
/// fixed list with "-" for descending, and a text of at most <see cref="MaxQueryLength"/> characters. Anything else is
/// dropped, never thrown.
/// </summary>
public sealed record GridView(string? SortColumn, bool Descending, string? Query)
{
    public const string SortMeasure = "measure";
    public const string SortLocality = "locality";
    public const string SortProvince = "province";
    public const string SortLevel = "level";
    public const string SortFigure = "figure";
    public const int MaxQueryLength = 40;

    public static readonly IReadOnlyList<string> Columns = [SortMeasure, SortLocality, SortProvince, SortLevel, SortFigure];

    public static GridView Default { get; } = new(null, false, null);

    public bool IsDefault => SortColumn is null && Query is null;

    /// <summary>The sort as the URL writes it; null when the list is in its own order.</summary>
    public string? SortParameter => SortColumn is null ? null : (Descending ? "-" : "") + SortColumn;

    public static GridView Parse(string? sort, string? query)
    {
        var descending = sort?.StartsWith('-') == true;
        var column = descending ? sort![1..] : sort;
        return new GridView(column is not null && Columns.Contains(column) ? column : null, descending && column is not null && Columns.Contains(column),
            CleanQuery(query));
    }

    /// <summary>Trimmed, null when empty; a longer text is dropped (it cannot be a name or a title).</summary>
    public static string? CleanQuery(string? query)
    {
        var q = query?.Trim();
        return string.IsNullOrEmpty(q) || q.Length > MaxQueryLength ? null : q;
    }

    /// <summary>The rows as the list shows them: those passing <see cref="Query"/>, in the order of <see cref="SortColumn"/>.</summary>
    public IEnumerable<PracticeRow> Arrange(IEnumerable<PracticeRow> rows, Func<int, string?> measureTitleZh)
    {
        var listed = rows.Where(r => Matches(r, Query, measureTitleZh(r.MeasureNumber)));
        Func<PracticeRow, object> key = SortColumn switch
        {
            SortMeasure => r => r.MeasureNumber,
            SortLocality => r => r.NameEn,
            SortProvince => r => r.ProvinceNameEn,
            SortLevel => r => r.Level,
            SortFigure => r => r.Indicators.FirstOrDefault(i => i.Value is not null)?.Value ?? -1m,
            _ => _ => 0,
        };
        return Descending ? listed.OrderByDescending(key) : listed.OrderBy(key);
    }

    /// <summary>A row passes when its locality, province or measure (English or our Chinese title) contains the text.</summary>
    public static bool Matches(PracticeRow r, string? query, string? measureTitleZh)
    {
        if (query is null) return true;
        bool Has(string? s) => s?.Contains(query, StringComparison.OrdinalIgnoreCase) == true;
        return Has(r.NameZh) || Has(r.NameEn) || Has(r.ProvinceNameZh) || Has(r.ProvinceNameEn) || Has(r.MeasureTitle) || Has(measureTitleZh)
            || Has($"({r.MeasureNumber})");
    }
}
