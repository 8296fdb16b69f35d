using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Shell;

/// <summary>
/// The published notices as the app bar offers them, newest first, from the read side (<see cref="NoticeReads"/>). A
/// database that does not answer gives none: the app bar then names no notice, and the page says the database is down.
/// </summary>
public class PublishedNotices(NoticeReads reads)
{
    public virtual async Task<IReadOnlyList<NoticeChoice>> ListAsync(CancellationToken ct) =>
        await reads.ForPageAsync(s => s.Notices, ct) is PageRead<IReadOnlyList<NoticeSummary>>.Loaded { Value: { } notices }
            ? notices.Select(ToChoice).ToList()
            : [];

    public static NoticeChoice ToChoice(NoticeSummary notice) => new(notice.Id, notice.Number, notice.Title, notice.TitleZh);
}
