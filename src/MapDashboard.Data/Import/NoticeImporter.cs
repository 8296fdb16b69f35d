using System.Security.Cryptography;
using System.Text;
using MapDashboard.Core.Notices;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>
/// Writes one notice's extraction, keyed by (notice, measure, locality), inside the transaction <see cref="DataImport"/>
/// opened under the import lock. Re-importing the same text writes nothing; an edited text updates exactly the practices
/// whose excerpt, offsets or figures changed (<see cref="PracticeContent"/>); any failure rolls everything back.
/// Practices reference admin_units, so admin units must be imported first.
/// </summary>
public static class NoticeImporter
{
    /// <summary>Imports one notice on its own: one transaction under the import lock; removals only with <see cref="ImportOptions.AllowRemovals"/>.</summary>
    public static async Task<NoticeImportResult> ImportAsync(
        MapDashboardDbContext db, NoticeToImport notice, ImportOptions options, CancellationToken ct = default) =>
        (await DataImport.RunAsync(db, new ImportRequest(null, [notice]), options, ct)).Notices.Single();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Writes what differs; <paramref name="publishAt"/> publishes the notice (null leaves a new notice a draft, a stored one as it is).</summary>
    internal static async Task ApplyAsync(MapDashboardDbContext db, NoticeToImport notice, DateTimeOffset? publishAt, CancellationToken ct)
    {
        await UpsertNotice(db, notice, publishAt, ct);
        if (notice.Decisions is { } decisions && !ReviewDecisionRows.Same(decisions, await ReviewDecisionRows.LoadAsync(db, notice.Id, ct)))
            await ReviewDecisionRows.ReplaceAsync(db, notice.Id, decisions, ct);
        await UpsertMeasures(db, notice.Id, notice.Extraction.Structure, ct);
        await UpsertPractices(db, notice.Id, notice.Extraction, ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task UpsertNotice(MapDashboardDbContext db, NoticeToImport import, DateTimeOffset? publishAt, CancellationToken ct)
    {
        var (id, text, x) = (import.Id, import.Text, import.Extraction);
        var sha = Sha256(text);
        var (number, titleZh, issuedOn, source) = NoticeComparer.Metadata(import);
        var notice = await db.Notices.FindAsync([id], ct);
        if (notice is null)
        {
            db.Notices.Add(new Notice
            {
                Id = id, Title = x.Structure.Title, TextSha256 = sha, Text = text, ImportedAt = DateTimeOffset.UtcNow,
                Number = number, TitleZh = titleZh, IssuedOn = issuedOn, Source = source,
                Status = publishAt is null ? NoticeStatus.Draft : NoticeStatus.Published, PublishedAt = publishAt,
            });
            await db.SaveChangesAsync(ct);
            return;
        }
        if (publishAt is not null)
        {
            notice.Status = NoticeStatus.Published;
            notice.PublishedAt = publishAt;
        }
        if (notice.Number != number) notice.Number = number;
        if (notice.TitleZh != titleZh) notice.TitleZh = titleZh;
        if (notice.IssuedOn != issuedOn) notice.IssuedOn = issuedOn;
        if (notice.Source != source) notice.Source = source;
        if (notice.TextSha256 == sha && notice.Title == x.Structure.Title) return;
        notice.Title = x.Structure.Title;
        notice.TextSha256 = sha;
        notice.Text = text;
        notice.ImportedAt = DateTimeOffset.UtcNow;
    }

    private static async Task UpsertMeasures(MapDashboardDbContext db, string id, NoticeStructure s, CancellationToken ct)
    {
        var existing = await db.Measures.Where(m => m.NoticeId == id).ToDictionaryAsync(m => m.Number, ct);
        foreach (var m in s.Measures)
        {
            var themeTitle = s.Themes.First(t => t.Number == m.ThemeNumber).Title;
            if (!existing.Remove(m.Number, out var row))
            {
                db.Measures.Add(new Measure { NoticeId = id, Number = m.Number, ThemeNumber = m.ThemeNumber, ThemeTitle = themeTitle, Title = m.Title, Lead = m.Lead });
                continue;
            }
            if (row.ThemeNumber != m.ThemeNumber) row.ThemeNumber = m.ThemeNumber;
            if (row.ThemeTitle != themeTitle) row.ThemeTitle = themeTitle;
            if (row.Title != m.Title) row.Title = m.Title;
            if (row.Lead != m.Lead) row.Lead = m.Lead;
        }
        foreach (var gone in existing.Values)
        {
            db.Practices.RemoveRange(db.Practices.Where(p => p.NoticeId == id && p.MeasureNumber == gone.Number));
            db.Measures.Remove(gone);
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task UpsertPractices(MapDashboardDbContext db, string id, NoticeExtraction x, CancellationToken ct)
    {
        var existing = await db.Practices.Include(p => p.Indicators).Where(p => p.NoticeId == id)
            .ToDictionaryAsync(p => (p.MeasureNumber, p.AdminCode), ct);
        var indicators = x.Indicators.ToLookup(i => (i.Measure, i.Code));
        foreach (var p in x.Practices)
        {
            var wanted = PracticeContent.Figures(indicators[(p.Measure, p.Code)]);
            if (!existing.Remove((p.Measure, p.Code), out var row))
            {
                db.Practices.Add(new Practice
                {
                    NoticeId = id, MeasureNumber = p.Measure, AdminCode = p.Code, Excerpt = p.Excerpt,
                    Start = p.Range.Start, End = p.Range.End, Indicators = wanted,
                });
                continue;
            }
            if (PracticeContent.Same(row, p, wanted)) continue;
            row.Excerpt = p.Excerpt;
            row.Start = p.Range.Start;
            row.End = p.Range.End;
            db.Indicators.RemoveRange(row.Indicators);
            row.Indicators.Clear();
            row.Indicators.AddRange(wanted);
        }
        db.Practices.RemoveRange(existing.Values);
    }
}
