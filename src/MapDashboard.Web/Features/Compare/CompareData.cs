using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Compare;

/// <summary>What the compare page loaded: the chosen localities and the places one can add, or a state to show.</summary>
public abstract record CompareLoad
{
    /// <summary><paramref name="Unknown"/>: codes from the URL no notice in question credits (dropped from the panels).</summary>
    public sealed record Loaded(IReadOnlyList<CompareLocality> Localities, IReadOnlyList<LocalityOption> Places, IReadOnlyList<string> Unknown) : CompareLoad;
    public sealed record NothingImported : CompareLoad;
    public sealed record DatabaseUnavailable(string Reason) : CompareLoad;
}

/// <summary>A compare column: a locality as one notice credits it (null: the newest published notice naming it).</summary>
public sealed record CompareColumn(string Code, string? NoticeId = null);

/// <summary>The compare page's localities, from the read model's snapshot; a lost database becomes a state.</summary>
public class CompareData(NoticeReads reads)
{
    /// <summary>Localities of the newest published notice, places to add from it.</summary>
    public virtual Task<CompareLoad> LoadAsync(IReadOnlyList<string> codes, CancellationToken ct) =>
        LoadAsync(codes.Select(c => new CompareColumn(c, ReadSnapshot.CurrentAlias)).ToList(), ct);

    /// <summary>
    /// Columns may come from different notices: each names its notice, or none for the newest published notice that
    /// credits the place. Places to add are then those of every published notice.
    /// </summary>
    public virtual async Task<CompareLoad> LoadAsync(IReadOnlyList<CompareColumn> columns, CancellationToken ct) =>
        await reads.ForPageAsync(s => s.Current is null ? null : Load(s, columns), ct) switch
        {
            PageRead<CompareLoad.Loaded>.Loaded { Value: { } loaded } => loaded,
            PageRead<CompareLoad.Loaded>.Unavailable down => new CompareLoad.DatabaseUnavailable(down.Reason),
            _ => new CompareLoad.NothingImported(),
        };

    private static CompareLoad.Loaded Load(ReadSnapshot s, IReadOnlyList<CompareColumn> columns)
    {
        var localities = new List<CompareLocality>();
        var unknown = new List<string>();
        foreach (var c in columns)
        {
            var rows = c.NoticeId is null
                ? s.MentionsOf(c.Code).FirstOrDefault()?.Practices ?? []
                : s.ForLocality(c.Code, c.NoticeId);
            if (rows.Count == 0) unknown.Add(c.Code);
            else localities.Add(CompareLocality.From(rows));
        }
        var onlyCurrent = columns.All(c => c.NoticeId == ReadSnapshot.CurrentAlias);
        return new CompareLoad.Loaded(localities, onlyCurrent ? s.Current!.Places : s.AllPlaces, unknown);
    }
}
