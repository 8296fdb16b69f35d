using MapDashboard.Data.Search;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.ReadModel;

/// <summary>
/// A notice as readers list it. <see cref="Title"/> is the English title as stored; <see cref="TitleZh"/> the Chinese
/// one when the text carries it. <see cref="Status"/> is "published" or "draft"; readers only ever see published ones.
/// </summary>
public sealed record NoticeSummary(
    string Id, string Number, string Title, string? TitleZh, DateOnly? IssuedOn, string? Source, string Status,
    DateTimeOffset? PublishedAt, DateTimeOffset ImportedAt, int Localities, int Practices)
{
    public const string Published = "published";
    public const string Draft = "draft";

    public bool IsPublished => Status == Published;
}

/// <summary>A measure of a notice, for legends and layer toggles. The Chinese titles are ours (null when none).</summary>
public sealed record MeasureInfo(int Number, int ThemeNumber, string ThemeTitle, string Title, string Lead)
{
    public string? TitleZh { get; init; }
    public string? ThemeTitleZh { get; init; }
}

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
    IReadOnlyList<IndicatorRow> Indicators)
{
    /// <summary>The notice that credits the locality with this practice.</summary>
    public string NoticeId { get; init; } = "";
}

/// <summary>A figure; <see cref="Value"/> is null when it stays text.</summary>
public sealed record IndicatorRow(
    decimal? Value, string Unit, string Qualifier, string SourcePhrase, string Note, bool Repaired, int Start, int End);

/// <summary>
/// An administrative unit some notice credits, with what every page and file says about it: names, level, province,
/// parent and parent prefecture (empty when none), representative point and boundary (null for a town).
/// </summary>
public sealed record LocalityInfo(
    string Code, string NameZh, string NameEn, string Pinyin, string Level,
    string ProvinceCode, string ProvinceNameZh, string ProvinceNameEn,
    string ParentCode, string PrefectureCode, string PrefectureNameZh, string PrefectureNameEn,
    Point Point, MultiPolygon? Boundary)
{
    /// <summary>Area of the unsimplified boundary in square degrees (0 for a town): larger ones are drawn first.</summary>
    public double Area { get; } = Boundary?.Area ?? 0;

    /// <summary>Chinese, English and pinyin names of the units it lies in below its province (a town's county, the prefecture), for search.</summary>
    public string Within { get; init; } = "";
}

/// <summary>A plotted locality of one notice: who it is and which of the notice's measures and themes name it.</summary>
public sealed record PlottedLocality(LocalityInfo Locality, IReadOnlyList<int> Measures, IReadOnlyList<int> Themes);

/// <summary>A plotted locality as the search box offers it.</summary>
public sealed record LocalityOption(string Code, string NameZh, string NameEn, string Pinyin, string ProvinceNameZh, string ProvinceNameEn)
{
    /// <summary>
    /// Names of the units the locality lies in below its province (its city or prefecture, a town's county), in
    /// Chinese, English and pinyin (<see cref="LocalityInfo.Within"/>): typing 成都 or Chengdu finds the pilots inside Chengdu.
    /// </summary>
    public string Within { get; init; } = "";

    /// <summary>Matches Chinese, English or pinyin of the locality, its province or a unit it lies in, ignoring case, spaces and apostrophes ("jiang 'an" finds Jiang'an).</summary>
    public bool Matches(string query)
    {
        var q = PlaceText.Fold(query);
        if (q.Length == 0) return true;
        var zh = query.Trim();
        return MatchesOwnName(query)
            || ProvinceNameZh.Contains(zh, StringComparison.Ordinal) || PlaceText.Fold(ProvinceNameEn).Contains(q)
            || Within.Contains(zh, StringComparison.Ordinal) || PlaceText.Fold(Within).Contains(q);
    }

    /// <summary>Matches the locality itself, not only a unit it lies in (such a match is listed first).</summary>
    public bool MatchesOwnName(string query)
    {
        var q = PlaceText.Fold(query);
        return q.Length > 0 && (NameZh.Contains(query.Trim(), StringComparison.Ordinal) || PlaceText.Fold(NameEn).Contains(q) || PlaceText.Fold(Pinyin).Contains(q));
    }
}

/// <summary>What one published notice says about one locality (details across notices).</summary>
public sealed record NoticeMention(NoticeSummary Notice, IReadOnlyList<PracticeRow> Practices)
{
    public IReadOnlyList<int> Measures => Practices.Select(p => p.MeasureNumber).Distinct().Order().ToList();
}
