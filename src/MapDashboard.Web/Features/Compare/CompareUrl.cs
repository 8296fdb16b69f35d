using MapDashboard.Web.Shared.Parameters;
using Microsoft.AspNetCore.WebUtilities;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// The compare page's shareable query string, parsed and written here only:
/// /compare?notice=ndrc-2021-1999&amp;codes=440114,ndrc-2023-901:510117&amp;unit=yuan&amp;scale=same. Each place may name
/// its notice (<see cref="ComparePlace"/>); a plain code means the page's notice. Malformed and repeated entries are
/// dropped, never thrown; at most <see cref="MaxLocalities"/> are kept.
/// </summary>
public sealed record CompareUrl(IReadOnlyList<ComparePlace> Places, string? Unit)
{
    public const int MinLocalities = 2;
    public const int MaxLocalities = 4;
    public const string CodesKey = "codes";
    public const string UnitKey = "unit";
    public const string ScaleKey = "scale";
    /// <summary>The value of scale= that draws every small map at one scale.</summary>
    public const string SameScale = "same";

    public static CompareUrl Parse(string? codes, string? unit) =>
        new((codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ComparePlace.Parse).OfType<ComparePlace>()
                .Distinct().Take(MaxLocalities).ToList(),
            string.IsNullOrWhiteSpace(unit) ? null : unit.Trim());

    /// <summary>The page's state from its query parameters (codes=, unit=, notice=, scale=), as the page receives them.</summary>
    public static CompareUrl Read(string? codes, string? unit, string? notice, string? scale) => Parse(codes, unit) with
    {
        Notice = NoticeParameter.FromPage(notice),
        OneScale = string.Equals(scale?.Trim(), SameScale, StringComparison.Ordinal),
    };

    /// <summary>The notice the page shows (<see cref="NoticeParameter"/>) and plain codes come from; links keep it.</summary>
    public NoticeRequest Notice { get; init; } = NoticeRequest.Current;

    /// <summary>Every small map at the scale of the one that needs the widest view, so sizes can be compared by eye.</summary>
    public bool OneScale { get; init; }

    public IReadOnlyList<string> Codes => Places.Select(p => p.Code).ToList();

    public bool CanAdd => Places.Count < MaxLocalities;

    public CompareUrl Add(ComparePlace place) => Places.Contains(place) || !CanAdd ? this : this with { Places = [.. Places, place] };

    public CompareUrl Remove(ComparePlace place) => this with { Places = Places.Where(p => p != place).ToList() };

    /// <summary>
    /// The relative URL. When every place names the same notice it is written once, as notice=, before plain codes;
    /// otherwise each place keeps its own. The unit and scale only when chosen.
    /// </summary>
    public string ToRelativeUrl()
    {
        var notices = Places.Select(p => p.NoticeId).Distinct().ToList();
        var shared = notices is [{ } one] && (Notice.Id is null || Notice.Id == one) ? one : null;
        var url = "compare";
        if ((shared ?? Notice.Id) is { } notice) url = QueryHelpers.AddQueryString(url, NoticeParameter.Key, notice);
        if (Places.Count > 0)
        {
            // Written by hand: the list stays readable (AddQueryString would escape every ',' and ':').
            var places = Places.Select(p => shared is null ? p.ToString() : p.Code);
            url += (url.Contains('?') ? "&" : "?") + CodesKey + "=" + string.Join(',', places);
        }
        if (Unit is not null) url = QueryHelpers.AddQueryString(url, UnitKey, Unit);
        if (OneScale) url = QueryHelpers.AddQueryString(url, ScaleKey, SameScale);
        return url;
    }
}
