using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Presenter;

/// <summary>What the briefing loaded: the notice's measures and practices, nothing published, or no database.</summary>
public abstract record PresenterLoad
{
    public sealed record Loaded(string NoticeTitle, IReadOnlyList<MeasureInfo> Measures, IReadOnlyList<PracticeRow> Rows) : PresenterLoad
    {
        /// <summary>The notice's document number as printed (the overview's kicker).</summary>
        public string NoticeNumber { get; init; } = "";
    }
    /// <summary>The URL names no published notice; <see cref="Current"/> is the newest published one (null: none).</summary>
    public sealed record UnknownNotice(NoticeSummary Current) : PresenterLoad;
    public sealed record NothingImported : PresenterLoad;
    public sealed record DatabaseUnavailable(string Reason) : PresenterLoad;
}

/// <summary>The presenter's view of one notice, from the read model's snapshot; a lost database becomes a state.</summary>
public class PresenterData(NoticeReads reads)
{
    /// <summary>
    /// The notice <paramref name="noticeId"/> (null or "current": the newest published); an id no published notice has:
    /// <see cref="PresenterLoad.UnknownNotice"/>.
    /// </summary>
    public virtual async Task<PresenterLoad> LoadAsync(CancellationToken ct, string? noticeId = null) =>
        await reads.ForPageAsync(s => s.Find(noticeId) is { } n
            ? new PresenterLoad.Loaded(n.Summary.Title, n.Measures, n.Practices) { NoticeNumber = n.Summary.Number }
            : s.Current is { } current ? new PresenterLoad.UnknownNotice(current.Summary) : (PresenterLoad?)null, ct) switch
        {
            PageRead<PresenterLoad>.Loaded { Value: { } loaded } => loaded,
            PageRead<PresenterLoad>.Unavailable down => new PresenterLoad.DatabaseUnavailable(down.Reason),
            _ => new PresenterLoad.NothingImported(),
        };
}
