using MapDashboard.Data.ReadModel;
using MapDashboard.Data.Search;

namespace MapDashboard.Web.Features.Dashboard.Search;

/// <summary>
/// One answer of the search box: a pilot of the notice (<see cref="Elsewhere"/> null), or another province, city or
/// county of the gazetteer, which the map shows while saying it is not a pilot. <see cref="ByParent"/> says a pilot
/// was found by a unit it lies in, not by its own name (成都 lists the pilots in Chengdu).
/// </summary>
public sealed record PlaceSearchResult(string Code, string NameZh, string NameEn, string ProvinceNameZh, string ProvinceNameEn,
    bool ByParent, GazetteerPlace? Elsewhere)
{
    public bool IsPilot => Elsewhere is null;

    public static PlaceSearchResult Pilot(LocalityOption o, bool byParent) =>
        new(o.Code, o.NameZh, o.NameEn, o.ProvinceNameZh, o.ProvinceNameEn, byParent, null);

    public static PlaceSearchResult Other(GazetteerPlace p) =>
        new(p.Code, p.NameZh, p.NameEn, p.ProvinceNameZh, p.ProvinceNameEn, false, p);
}

/// <summary>
/// What the search box offers for a text: the pilots whose own name matches, then those inside a matching city or
/// county (both from the read model's snapshot), then other units of the gazetteer (<see cref="GazetteerSearch"/>, in
/// Data). A database that does not answer leaves the pilots.
/// </summary>
public class PlaceSearch(GazetteerSearch gazetteer, ILogger<PlaceSearch> log)
{
    /// <summary>Gazetteer places offered at most beside the pilots.</summary>
    public const int OtherPlaces = 8;

    public virtual async Task<IReadOnlyList<PlaceSearchResult>> FindAsync(IReadOnlyList<LocalityOption> pilots,
        string? text, CancellationToken ct)
    {
        var typed = text ?? "";
        var found = pilots.Where(p => p.Matches(typed))
            .Select(p => PlaceSearchResult.Pilot(p, byParent: typed.Trim().Length > 0 && !p.MatchesOwnName(typed)))
            .OrderBy(r => r.ByParent).ToList();
        if (PlaceText.Fold(typed).Length == 0) return found;
        try
        {
            var others = await gazetteer.FindAsync(typed, pilots.Select(p => p.Code).ToList(), OtherPlaces, ct);
            found.AddRange(others.Select(PlaceSearchResult.Other));
        }
        // A search cancelled because the person typed on is no failure: it goes back to the box as cancelled.
        catch (Exception e) when (!ct.IsCancellationRequested && DatabaseFailure.Is(e))
        {
            log.LogWarning(e, "Place search: the gazetteer did not answer; offering the pilots only");
        }
        return found;
    }
}
