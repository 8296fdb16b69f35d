using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

/// <summary>A measure of the notice, for legends and layer toggles.</summary>
public sealed record MeasureInfo(int Number, int ThemeNumber, string ThemeTitle, string Title, string Lead)
{
    /// <summary>Our own short Chinese title of the measure (shown marked as ours); null when there is none.</summary>
    public string? TitleZh { get; init; }

    /// <summary>Our own short Chinese title of the measure's theme; null when there is none.</summary>
    public string? ThemeTitleZh { get; init; }
}

public static class MeasureQueries
{
    public static async Task<IReadOnlyList<MeasureInfo>> ListAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct) =>
        await db.Measures.AsNoTracking().Where(m => m.NoticeId == noticeId).OrderBy(m => m.Number)
            .Select(m => new MeasureInfo(m.Number, m.ThemeNumber, m.ThemeTitle, m.Title, m.Lead) { TitleZh = m.TitleZh, ThemeTitleZh = m.ThemeTitleZh })
            .ToListAsync(ct);
}
