using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Compare;

/// <summary>What the compare page loaded: the columns and the places one can add, or a state to show.</summary>
public abstract record CompareLoad
{
    /// <param name="Localities">One column per place found, in the URL's order, each pinned to its notice.</param>
    /// <param name="Options">Places the picker offers: every place of every published notice.</param>
    /// <param name="Missing">Places of the URL left out, with the reason.</param>
    /// <param name="UnknownNotice">What the page's notice= asked for when no published notice has that id; else null.</param>
    public sealed record Loaded(
        IReadOnlyList<CompareLocality> Localities, IReadOnlyList<ComparePlaceOption> Options, IReadOnlyList<CompareMiss> Missing,
        string? UnknownNotice) : CompareLoad
    {
        /// <summary>More than one notice is published: the picker and the column heads name the notice.</summary>
        public bool SeveralNotices => Options.Select(o => o.Notice.Id).Distinct().Skip(1).Any();
    }

    public sealed record NothingImported : CompareLoad;
    public sealed record DatabaseUnavailable(string Reason) : CompareLoad;
}

/// <summary>The compare page's columns, from the read model's snapshot; a lost database becomes a state.</summary>
public class CompareData(NoticeReads reads)
{
    /// <summary>
    /// The URL's places, each from its own notice: the one it names, else the page's notice=, else the newest published.
    /// An unknown notice or a place the notice does not credit is reported, not thrown.
    /// </summary>
    public virtual async Task<CompareLoad> LoadAsync(CompareUrl url, CancellationToken ct) =>
        await reads.ForPageAsync(s => s.Current is null ? null : Load(s, url), ct) switch
        {
            PageRead<CompareLoad.Loaded>.Loaded { Value: { } loaded } => loaded,
            PageRead<CompareLoad.Loaded>.Unavailable down => new CompareLoad.DatabaseUnavailable(down.Reason),
            _ => new CompareLoad.NothingImported(),
        };

    private static CompareLoad.Loaded Load(ReadSnapshot s, CompareUrl url)
    {
        // A malformed notice= has no id: it names no notice, like an unknown one.
        var pageNotice = url.Notice.IsCurrent ? s.Current : url.Notice.Id is { } id ? s.Find(id) : null;
        var localities = new List<CompareLocality>();
        var missing = new List<CompareMiss>();
        foreach (var place in url.Places)
        {
            var notice = place.NoticeId is { } own ? s.Find(own) : pageNotice;
            var rows = notice?.ForLocality(place.Code) ?? [];
            if (notice is null) missing.Add(new CompareMiss(place.Code, place.NoticeId ?? url.Notice.Asked, CompareMissKind.UnknownNotice));
            else if (rows.Count == 0) missing.Add(new CompareMiss(place.Code, notice.Id, CompareMissKind.NotInNotice));
            else localities.Add(CompareLocality.From(rows, CompareNotice.From(notice.Summary)));
        }
        var options = s.Published
            .SelectMany(n => n.Places.Select(p => new ComparePlaceOption(p, CompareNotice.From(n.Summary))))
            .ToList();
        return new CompareLoad.Loaded(localities, options, missing, pageNotice is null ? url.Notice.Asked : null);
    }
}
