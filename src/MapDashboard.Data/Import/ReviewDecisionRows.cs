using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>
/// A notice's review decisions as rows of review_decisions (the review CSV as data): loaded in the order they were
/// written, compared as sets (the order of a review file means nothing), replaced only when they differ.
/// </summary>
internal static class ReviewDecisionRows
{
    public static async Task<ReviewDecisions> LoadAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct)
    {
        var rows = await db.ReviewDecisions.AsNoTracking().Where(d => d.NoticeId == noticeId).OrderBy(d => d.Id).ToListAsync(ct);
        return new ReviewDecisions(rows.Select(r =>
            new ReviewDecision(r.Adcode, r.SourcePhrase, ReviewDecisions.ParseAction(r.Action), r.Value, r.Unit, r.Reason)));
    }

    /// <summary>True when both hold the same decisions, whatever their order.</summary>
    public static bool Same(ReviewDecisions a, ReviewDecisions b) => Canonical(a).SequenceEqual(Canonical(b));

    /// <summary>Replaces the stored decisions of <paramref name="noticeId"/> by <paramref name="decisions"/> (the caller saves).</summary>
    public static async Task ReplaceAsync(MapDashboardDbContext db, string noticeId, ReviewDecisions decisions, CancellationToken ct)
    {
        db.ReviewDecisions.RemoveRange(await db.ReviewDecisions.Where(d => d.NoticeId == noticeId).ToListAsync(ct));
        await db.SaveChangesAsync(ct); // deletes before inserts: the new rows may reuse a (notice, adcode, phrase) key
        db.ReviewDecisions.AddRange(decisions.All.Select(d => new NoticeReviewDecision
        {
            NoticeId = noticeId, Adcode = d.Adcode, SourcePhrase = d.SourcePhrase, Action = ReviewDecisions.ActionName(d.Action),
            Value = d.Value, Unit = d.Unit, Reason = d.Reason,
        }));
    }

    // The review CSV's own form: values without trailing zeros, so 12000 read back as 12000.0000 is the same decision.
    private static IEnumerable<string> Canonical(ReviewDecisions d) =>
        d.All.Select(x => new ReviewDecisions([x]).ToCsv()).Order(StringComparer.Ordinal);
}
