using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MapDashboard.Core.Notices;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>
/// Upserts one notice's extraction, keyed by (notice, measure, locality), in one transaction. Re-importing the same text
/// changes nothing; an edited text updates exactly the practices whose excerpt, offsets or indicators changed; any failure
/// rolls everything back. Practices reference admin_units, so admin units must be imported first.
/// </summary>
public static class NoticeImporter
{
    public static async Task<NoticeImportResult> ImportAsync(
        MapDashboardDbContext db, string noticeId, string text, NoticeExtraction extraction, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await CheckLocalitiesExist(db, extraction, ct);
        await UpsertNotice(db, noticeId, text, extraction, ct);
        await UpsertMeasures(db, noticeId, extraction.Structure, ct);
        var result = await UpsertPractices(db, noticeId, extraction, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task CheckLocalitiesExist(MapDashboardDbContext db, NoticeExtraction x, CancellationToken ct)
    {
        var codes = x.Practices.Select(p => p.Code).Distinct().ToList();
        var known = await db.AdminUnits.Where(a => codes.Contains(a.Code)).Select(a => a.Code).ToListAsync(ct);
        var missing = codes.Except(known).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new NoticeImportException($"admin_units has no row for {string.Join(", ", missing)}; import the admin units first. Nothing was changed.");
    }

    private static async Task UpsertNotice(MapDashboardDbContext db, string id, string text, NoticeExtraction x, CancellationToken ct)
    {
        var sha = Sha256(text);
        var notice = await db.Notices.FindAsync([id], ct);
        if (notice is null)
        {
            db.Notices.Add(new Notice { Id = id, Title = x.Structure.Title, TextSha256 = sha, Text = text, ImportedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(ct);
            return;
        }
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

    private static async Task<NoticeImportResult> UpsertPractices(MapDashboardDbContext db, string id, NoticeExtraction x, CancellationToken ct)
    {
        var existing = await db.Practices.Include(p => p.Indicators).Where(p => p.NoticeId == id)
            .ToDictionaryAsync(p => (p.MeasureNumber, p.AdminCode), ct);
        var indicators = x.Indicators.ToLookup(i => (i.Measure, i.Code));
        int added = 0, updated = 0, unchanged = 0;
        foreach (var p in x.Practices)
        {
            var wanted = indicators[(p.Measure, p.Code)].OrderBy(i => i.Range.Start).Select(ToEntity).ToList();
            if (!existing.Remove((p.Measure, p.Code), out var row))
            {
                db.Practices.Add(new Practice
                {
                    NoticeId = id, MeasureNumber = p.Measure, AdminCode = p.Code, Excerpt = p.Excerpt,
                    Start = p.Range.Start, End = p.Range.End, Indicators = wanted,
                });
                added++;
                continue;
            }
            var same = row.Excerpt == p.Excerpt && row.Start == p.Range.Start && row.End == p.Range.End
                && row.Indicators.OrderBy(i => i.Start).Select(Signature).SequenceEqual(wanted.Select(Signature));
            if (same) { unchanged++; continue; }
            row.Excerpt = p.Excerpt;
            row.Start = p.Range.Start;
            row.End = p.Range.End;
            db.Indicators.RemoveRange(row.Indicators);
            row.Indicators.Clear();
            row.Indicators.AddRange(wanted);
            updated++;
        }
        db.Practices.RemoveRange(existing.Values);
        return new NoticeImportResult(added, updated, existing.Count, unchanged);
    }

    private static Indicator ToEntity(IndicatorRecord i) => new()
    {
        Value = i.Value, Unit = i.Unit, Qualifier = i.Qualifier, SourcePhrase = i.SourcePhrase,
        Start = i.Range.Start, End = i.Range.End, Note = i.Note, Repaired = i.Repaired,
    };

    private static string Signature(Indicator i) =>
        $"{i.Value?.ToString("0.####", CultureInfo.InvariantCulture)}|{i.Unit}|{i.Qualifier}|{i.SourcePhrase}|{i.Start}|{i.End}|{i.Note}|{i.Repaired}";
}
