using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Web.Features.Dashboard.Search;

/// <summary>
/// One answer of the search box: a pilot of the notice (<see cref="Elsewhere"/> null), or another province, city or
/// county of the gazetteer, which the map shows while saying it is not a pilot. <see cref="Via"/> names the unit a
/// pilot was found by when the text matched that unit and not the pilot (成都 lists the pilots in Chengdu).
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
/// county, then other units of the gazetteer. A database that does not answer leaves the pilots (already in memory).
/// </summary>
public class PlaceSearch(IDbContextFactory<MapDashboardDbContext> factory, ILogger<PlaceSearch> log)
{
    /// <summary>Gazetteer places offered at most beside the pilots.</summary>
    public const int OtherPlaces = 8;

    public virtual async Task<IReadOnlyList<PlaceSearchResult>> FindAsync(string noticeId, IReadOnlyList<LocalityOption> pilots,
        string? text, CancellationToken ct)
    {
        var typed = text ?? "";
        var found = pilots.Where(p => p.Matches(typed))
            .Select(p => PlaceSearchResult.Pilot(p, byParent: typed.Trim().Length > 0 && !p.MatchesOwnName(typed)))
            .OrderBy(r => r.ByParent).ToList();
        if (PlaceText.Fold(typed).Length == 0) return found;
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            found.AddRange((await SearchQueries.GazetteerAsync(db, noticeId, typed, OtherPlaces, ct)).Select(PlaceSearchResult.Other));
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            log.LogWarning(e, "Place search: the gazetteer did not answer; offering the pilots only");
        }
        return found;
    }
}
