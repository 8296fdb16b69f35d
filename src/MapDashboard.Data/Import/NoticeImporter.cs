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

    internal static async Task ApplyAsync(MapDashboardDbContext db, NoticeToImport notice, CancellationToken ct)
    {
        await UpsertNotice(db, notice.Id, notice.Text, notice.Extraction, ct);
        await UpsertMeasures(db, notice.Id, notice.Extraction.Structure, notice.TitlesZh, ct);
        await UpsertPractices(db, notice.Id, notice.Extraction, ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task UpsertNotice(MapDashboardDbContext db, string id, string text, NoticeExtraction x, CancellationToken ct)
    {
        var sha = Sha256(text);
        var notice = await db.Notices.FindAsync([id], ct);
        if (notice is null)
        {
            var now = DateTimeOffset.UtcNow;
            db.Notices.Add(new Notice
            {
                Id = id, Number = x.Structure.Number?.Text ?? "", Title = x.Structure.Title, TextSha256 = sha, Text = text,
                ImportedAt = now, Status = NoticeStatus.Published, PublishedAt = now,
            });
            await db.SaveChangesAsync(ct);
            return;
        }
        var number = x.Structure.Number?.Text ?? "";
        if (notice.TextSha256 == sha && notice.Title == x.Structure.Title && notice.Number == number) return;
        notice.Title = x.Structure.Title;
        notice.Number = number;
        notice.TextSha256 = sha;
        notice.Text = text;
        notice.ImportedAt = DateTimeOffset.UtcNow;
    }

    private static async Task UpsertMeasures(MapDashboardDbContext db, string id, NoticeStructure s, TitleTranslations zh, CancellationToken ct)
    {
        var existing = await db.Measures.Where(m => m.NoticeId == id).ToDictionaryAsync(m => m.Number, ct);
        foreach (var m in s.Measures)
        {
            var themeTitle = s.Themes.First(t => t.Number == m.ThemeNumber).Title;
            if (!existing.Remove(m.Number, out var row))
            {
                db.Measures.Add(new Measure
                {
                    NoticeId = id, Number = m.Number, ThemeNumber = m.ThemeNumber, ThemeTitle = themeTitle, Title = m.Title, Lead = m.Lead,
                    TitleZh = zh.Measure(m.Number), ThemeTitleZh = zh.Theme(m.ThemeNumber),
                });
                continue;
            }
            if (row.ThemeNumber != m.ThemeNumber) row.ThemeNumber = m.ThemeNumber;
            if (row.ThemeTitle != themeTitle) row.ThemeTitle = themeTitle;
            if (row.Title != m.Title) row.Title = m.Title;
            if (row.Lead != m.Lead) row.Lead = m.Lead;
            if (row.TitleZh != zh.Measure(m.Number)) row.TitleZh = zh.Measure(m.Number);
            if (row.ThemeTitleZh != zh.Theme(m.ThemeNumber)) row.ThemeTitleZh = zh.Theme(m.ThemeNumber);
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
