using MapDashboard.Web.Shared.Parameters;
using Microsoft.AspNetCore.WebUtilities;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// The compare page's shareable query string (/compare?codes=440114,510117&amp;unit=yuan): parsed and written here only.
/// Malformed and duplicate codes are dropped, never thrown; at most <see cref="MaxLocalities"/> are kept.
/// </summary>
public sealed record CompareUrl(IReadOnlyList<string> Codes, string? Unit)
{
    public const int MinLocalities = 2;
    public const int MaxLocalities = 4;
    public const string CodesKey = "codes";
    public const string UnitKey = "unit";

    public static CompareUrl Parse(string? codes, string? unit) =>
        new((codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(AdminCodes.IsLocality)
                .Distinct().Take(MaxLocalities).ToList(),
            string.IsNullOrWhiteSpace(unit) ? null : unit.Trim());

    /// <summary>The notice the page shows (<see cref="NoticeParameter"/>); links keep it.</summary>
    public NoticeRequest Notice { get; init; } = NoticeRequest.Current;

    public bool CanAdd => Codes.Count < MaxLocalities;

    public CompareUrl Add(string code) => Codes.Contains(code) || !CanAdd ? this : this with { Codes = [.. Codes, code] };

    public CompareUrl Remove(string code) => this with { Codes = Codes.Where(c => c != code).ToList() };

    /// <summary>The relative URL, e.g. "compare?codes=440114,510117"; the unit only when one is chosen.</summary>
    public string ToRelativeUrl()
    {
        var url = "compare";
        if (Notice.Id is { } notice) url = QueryHelpers.AddQueryString(url, NoticeParameter.Key, notice);
        if (Codes.Count > 0) url += (url.Contains('?') ? "&" : "?") + CodesKey + "=" + string.Join(',', Codes);
        if (Unit is not null) url = QueryHelpers.AddQueryString(url, UnitKey, Unit);
        return url;
    }
}
