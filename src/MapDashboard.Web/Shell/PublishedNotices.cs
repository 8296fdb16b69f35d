using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Hosting;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Shell;

/// <summary>
/// The published notices as the app bar offers them, newest first, from the read side (<see cref="NoticeReads"/>). A
/// database that does not answer gives none: the app bar then names no notice, and the page says the database is down.
/// </summary>
public class PublishedNotices(NoticeReads reads, ILogger<PublishedNotices> log)
{
    public virtual async Task<IReadOnlyList<NoticeChoice>> ListAsync(CancellationToken ct)
    {
        try
        {
            return await reads.ForPageAsync(s => s.Notices, ct) is PageRead<IReadOnlyList<NoticeSummary>>.Loaded { Value: { } notices }
                ? notices.Select(ToChoice).ToList()
                : [];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The layout sits outside the page's error boundary: a failure here would replace every page with a bare
            // error. The app bar goes without the list; the page's own read meets the same fault and shows its id.
            log.LogError(e, "Listing the published notices failed ({CorrelationId})", CorrelationId.NewId());
            return [];
        }
    }

    public static NoticeChoice ToChoice(NoticeSummary notice) => new(notice.Id, notice.Number, notice.Title, notice.TitleZh);
}
