using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Presenter;

/// <summary>What the briefing loaded: the notice's measures and practices, nothing published, or no database.</summary>
public abstract record PresenterLoad
{
    public sealed record Loaded(string NoticeTitle, IReadOnlyList<MeasureInfo> Measures, IReadOnlyList<PracticeRow> Rows) : PresenterLoad;
    public sealed record NothingImported : PresenterLoad;
    public sealed record DatabaseUnavailable(string Reason) : PresenterLoad;
}

/// <summary>The presenter's view of one notice, from the read model's snapshot; a lost database becomes a state.</summary>
public class PresenterData(NoticeReads reads)
{
    /// <summary>The notice <paramref name="noticeId"/> (null or "current": the newest published); unknown: nothing to show.</summary>
    public virtual async Task<PresenterLoad> LoadAsync(CancellationToken ct, string? noticeId = null) =>
        await reads.ForPageAsync(s => s.Find(noticeId) is { } n ? new PresenterLoad.Loaded(n.Summary.Title, n.Measures, n.Practices) : null, ct) switch
        {
            PageRead<PresenterLoad.Loaded>.Loaded { Value: { } loaded } => loaded,
            PageRead<PresenterLoad.Loaded>.Unavailable down => new PresenterLoad.DatabaseUnavailable(down.Reason),
            _ => new PresenterLoad.NothingImported(),
        };
}
