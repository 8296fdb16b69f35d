using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>
/// The history of a notice: every publish adds one revision (1, 2, ...) holding the text, the review decisions in the
/// review-CSV format, who published it, when, and a one-line summary of the difference from what readers saw before.
/// Written by <see cref="DataImport"/> in the publish's own transaction, so a revision exists exactly when readers
/// switched to it.
/// </summary>
internal static class NoticeRevisions
{
    public static async Task<int> AddAsync(
        MapDashboardDbContext db, NoticeToImport notice, ReviewDecisions decisions, string summary, string publishedBy, DateTimeOffset at,
        CancellationToken ct)
    {
        var last = await db.NoticeRevisions.Where(r => r.NoticeId == notice.Id).MaxAsync(r => (int?)r.Sequence, ct) ?? 0;
        db.NoticeRevisions.Add(new NoticeRevision
        {
            NoticeId = notice.Id, Sequence = last + 1, Text = notice.Text, TextSha256 = NoticeImporter.Sha256(notice.Text),
            Decisions = decisions.ToCsv(), PublishedBy = publishedBy, PublishedAt = at, Summary = summary,
        });
        await db.SaveChangesAsync(ct);
        return last + 1;
    }

    /// <summary>
    /// "+3 practices, ~2 changed, -0 removed" against what was published; a notice published for the first time counts
    /// all its practices as added. Review decisions and metadata that changed are named; <paramref name="note"/> (e.g.
    /// "restored revision 2") comes first.
    /// </summary>
    public static string Summary(NoticeDiff diff, bool wasPublished, int practicesAfter, string? note)
    {
        var c = diff.Counts;
        var counts = wasPublished
            ? $"+{c.Added} practices, ~{c.Changed} changed, -{c.Removed} removed"
            : $"+{practicesAfter} practices, ~0 changed, -0 removed (first publication)";
        var also = new List<string>();
        if (wasPublished && diff.DecisionsChanged) also.Add("review decisions changed");
        if (wasPublished && diff.MetadataChanged) also.Add("title, number, date or source changed");
        if (wasPublished && diff.TextChanged && diff.Counts.Added + diff.Counts.Changed + diff.Counts.Removed == 0) also.Add("text changed");
        var line = counts + (also.Count > 0 ? "; " + string.Join("; ", also) : "");
        return note is null ? line : $"{note}: {line}";
    }
}
