using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.ReadModel;

/// <summary>
/// Reads everything readers see into one <see cref="ReadSnapshot"/>, through one context: every notice with its
/// measures, practices and figures, and the units they credit with their provinces, parents and parent prefectures.
/// </summary>
public static class SnapshotBuilder
{
    public static async Task<ReadSnapshot> BuildAsync(MapDashboardDbContext db, long version, CancellationToken ct)
    {
        var notices = await db.Notices.AsNoTracking().OrderBy(n => n.Id).ToListAsync(ct);
        var measures = await db.Measures.AsNoTracking().ToListAsync(ct);
        var practices = await db.Practices.AsNoTracking().Include(p => p.Indicators).ToListAsync(ct);
        var localities = await LocalitiesAsync(db, practices.Select(p => p.AdminCode).Distinct().ToList(), ct);

        var byNotice = notices.Select(n =>
        {
            var mine = measures.Where(m => m.NoticeId == n.Id).OrderBy(m => m.Number).ToList();
            var rows = practices.Where(p => p.NoticeId == n.Id && localities.ContainsKey(p.AdminCode))
                .Select(p => Row(p, mine.First(m => m.Number == p.MeasureNumber), localities[p.AdminCode]))
                .OrderBy(r => r.MeasureNumber).ThenBy(r => r.ProvinceCode).ThenBy(r => r.Code)
                .ToList();
            return new NoticeData(Summary(n, rows), n.Text, mine.Select(Info).ToList(), rows, localities);
        }).ToList();
        return new ReadSnapshot(version, byNotice, localities);
    }

    private static NoticeSummary Summary(Notice n, IReadOnlyList<PracticeRow> rows) =>
        new(n.Id, n.Number, n.Title, n.TitleZh, n.IssuedOn, n.Source,
            n.Status == NoticeStatus.Published ? NoticeSummary.Published : NoticeSummary.Draft, n.PublishedAt, n.ImportedAt,
            rows.Select(r => r.Code).Distinct().Count(), rows.Count);

    private static MeasureInfo Info(Measure m) =>
        new(m.Number, m.ThemeNumber, m.ThemeTitle, m.Title, m.Lead) { TitleZh = m.TitleZh, ThemeTitleZh = m.ThemeTitleZh };

    private static PracticeRow Row(Practice p, Measure m, LocalityInfo l) =>
        new(p.Id, m.ThemeNumber, m.ThemeTitle, p.MeasureNumber, m.Title, l.Code, l.NameZh, l.NameEn, l.Level,
            l.ProvinceCode, l.ProvinceNameZh, l.ProvinceNameEn, p.Excerpt, p.Start, p.End,
            p.Indicators.OrderBy(i => i.Start)
                .Select(i => new IndicatorRow(i.Value, i.Unit, i.Qualifier, i.SourcePhrase, i.Note, i.Repaired, i.Start, i.End))
                .ToList())
        { NoticeId = p.NoticeId };

    /// <summary>The credited units with their boundaries, and the names of their provinces and ancestors (no boundaries).</summary>
    private static async Task<IReadOnlyDictionary<string, LocalityInfo>> LocalitiesAsync(
        MapDashboardDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var units = await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToListAsync(ct);
        var names = new Dictionary<string, UnitName>();
        var wanted = units.SelectMany(u => new[] { u.ProvinceCode, u.ParentCode }).OfType<string>().ToHashSet();
        // Parents up to the prefecture: a town's county, that county's prefecture (three rounds reach any level).
        for (var round = 0; round < 3 && wanted.Count > 0; round++)
        {
            var found = await db.AdminUnits.AsNoTracking().Where(u => wanted.Contains(u.Code))
                .Select(u => new UnitName(u.Code, u.Level, u.NameZh, u.NameEn, u.Pinyin, u.ParentCode)).ToListAsync(ct);
            foreach (var n in found) names[n.Code] = n;
            wanted = found.Select(n => n.ParentCode).OfType<string>().Where(c => !names.ContainsKey(c)).ToHashSet();
        }
        return units.ToDictionary(u => u.Code, u =>
        {
            var province = names.GetValueOrDefault(u.ProvinceCode);
            var prefecture = Prefecture(u.ParentCode, names);
            return new LocalityInfo(u.Code, u.NameZh, u.NameEn, u.Pinyin, u.Level, u.ProvinceCode,
                province?.NameZh ?? "", province?.NameEn ?? "", u.ParentCode ?? "",
                prefecture?.Code ?? "", prefecture?.NameZh ?? "", prefecture?.NameEn ?? "", u.Point, u.Boundary)
            { Within = WithinNames(u.ParentCode, u.ProvinceCode, names) };
        });
    }

    private static UnitName? Prefecture(string? code, Dictionary<string, UnitName> names)
    {
        for (var i = 0; code is not null && i < 3; i++)
        {
            if (!names.TryGetValue(code, out var unit)) return null;
            if (unit.Level == "prefecture") return unit;
            code = unit.ParentCode;
        }
        return null;
    }

    /// <summary>"郫都区 … | 成都市 Chengdu City Chengdu": the units between a locality and its province, for search.</summary>
    private static string WithinNames(string? parent, string province, Dictionary<string, UnitName> names)
    {
        var within = new List<string>();
        for (var code = parent; code is not null && code != province && names.TryGetValue(code, out var unit); code = unit.ParentCode)
            within.Add($"{unit.NameZh} {unit.NameEn} {unit.Pinyin}");
        return string.Join(" | ", within);
    }

    private sealed record UnitName(string Code, string Level, string NameZh, string NameEn, string Pinyin, string? ParentCode);
}
