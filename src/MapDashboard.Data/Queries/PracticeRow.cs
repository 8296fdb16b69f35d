namespace MapDashboard.Data.Queries;

/// <summary>One practice as the dashboard lists it: the measure, the locality and its province, the excerpt and figures.</summary>
public sealed record PracticeRow(
    long Id,
    int ThemeNumber,
    string ThemeTitle,
    int MeasureNumber,
    string MeasureTitle,
    string Code,
    string NameZh,
    string NameEn,
    string Level,
    string ProvinceCode,
    string ProvinceNameZh,
    string ProvinceNameEn,
    string Excerpt,
    int Start,
    int End,
    IReadOnlyList<IndicatorRow> Indicators);

/// <summary>A figure; <see cref="Value"/> is null when it stays text.</summary>
public sealed record IndicatorRow(
    decimal? Value, string Unit, string Qualifier, string SourcePhrase, string Note, bool Repaired, int Start, int End);
