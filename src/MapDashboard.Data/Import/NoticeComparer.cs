using System.Globalization;
using MapDashboard.Core.Notices;
using MapDashboard.Data.Entities;

namespace MapDashboard.Data.Import;

/// <summary>
/// Compares a reading of a notice with what is stored for it. A practice is keyed by (measure, locality code); it is
/// changed when its excerpt, its position in the text or its figures differ, the same test the importer applies, so the
/// diff's counts are what the import writes. Figures have no key of their own: within a practice they are paired by unit
/// in text order, so an edited number shows as "about 6000 people → about 7000 people".
/// </summary>
internal static class NoticeComparer
{
    public static NoticeDiff Compare(StoredNotice stored, NoticeToImport notice)
    {
        var x = notice.Extraction;
        var names = x.Localities.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => $"{g.First().NameZh} {g.First().NameEn}");
        foreach (var (code, name) in stored.LocalityNames) names.TryAdd(code, name);
        string NameOf(string code) => names.TryGetValue(code, out var n) ? n : code;

        var practices = new List<DiffItem>();
        var indicators = new List<DiffItem>();
        var unchanged = 0;
        var before = stored.Practices.ToDictionary(p => (p.MeasureNumber, p.AdminCode));
        var wantedFigures = x.Indicators.ToLookup(i => (i.Measure, i.Code));
        foreach (var p in x.Practices)
        {
            var key = $"{p.Measure}/{p.Code}";
            var wanted = PracticeContent.Figures(wantedFigures[(p.Measure, p.Code)]);
            if (!before.Remove((p.Measure, p.Code), out var row))
            {
                practices.Add(new DiffItem(ChangeKind.Added, key, NameOf(p.Code), $"measure {p.Measure}"));
                indicators.AddRange(wanted.Select(i => new DiffItem(ChangeKind.Added, key, NameOf(p.Code), PracticeContent.Describe(i))));
                continue;
            }
            if (PracticeContent.Same(row, p, wanted)) { unchanged++; continue; }
            var figureChanges = CompareFigures(row.Indicators, wanted, key, NameOf(p.Code));
            indicators.AddRange(figureChanges);
            practices.Add(new DiffItem(ChangeKind.Changed, key, NameOf(p.Code), WhatChanged(row, p, figureChanges.Count > 0)));
        }
        foreach (var row in before.Values.OrderBy(r => r.MeasureNumber).ThenBy(r => r.AdminCode, StringComparer.Ordinal))
        {
            var key = $"{row.MeasureNumber}/{row.AdminCode}";
            practices.Add(new DiffItem(ChangeKind.Removed, key, NameOf(row.AdminCode), $"measure {row.MeasureNumber}"));
            indicators.AddRange(PracticeContent.InTextOrder(row.Indicators)
                .Select(i => new DiffItem(ChangeKind.Removed, key, NameOf(row.AdminCode), PracticeContent.Describe(i))));
        }

        return new NoticeDiff(
            notice.Id,
            IsNewNotice: !stored.Exists,
            TextChanged: stored.Exists && (stored.TextSha256 != NoticeImporter.Sha256(notice.Text) || stored.Title != x.Structure.Title),
            CompareMeasures(stored.Measures, x.Structure),
            practices,
            indicators,
            CompareLocalities(stored.Practices, x.Practices, practices, NameOf),
            unchanged)
        {
            MetadataChanged = stored.Exists && stored.Metadata != Metadata(notice),
            DecisionsChanged = notice.Decisions is { } given && !ReviewDecisionRows.Same(given, stored.Decisions),
            WasPublished = stored.Status == NoticeStatus.Published,
        };
    }

    /// <summary>What is stored on the notice row besides its title and text, as this reading would store it.</summary>
    public static (string Number, string? TitleZh, DateOnly? IssuedOn, string? Source) Metadata(NoticeToImport notice)
    {
        var s = notice.Extraction.Structure;
        return (s.Number?.Text ?? "", s.TitleZh, s.IssuedOn, notice.Source ?? s.Source);
    }

    private static string WhatChanged(Practice row, PracticeRecord p, bool figures)
    {
        var what = new List<string>();
        if (row.Excerpt != p.Excerpt) what.Add("excerpt changed");
        if (figures) what.Add("figures changed");
        else if (row.Excerpt == p.Excerpt) what.Add(row.Start == p.Range.Start ? "figure positions changed" : $"moved in the text ({p.Range.Start - row.Start:+#;-#} characters)");
        return $"measure {p.Measure}: {string.Join(", ", what)}";
    }

    private static List<DiffItem> CompareFigures(IEnumerable<Indicator> stored, IReadOnlyList<Indicator> wanted, string key, string name)
    {
        var items = new List<DiffItem>();
        var before = PracticeContent.InTextOrder(stored).ToLookup(i => i.Unit);
        var after = wanted.ToLookup(i => i.Unit);
        foreach (var unit in before.Select(g => g.Key).Union(after.Select(g => g.Key)))
        {
            var (old, @new) = (before[unit].ToList(), after[unit].ToList());
            for (var n = 0; n < Math.Max(old.Count, @new.Count); n++)
            {
                if (n >= @new.Count) items.Add(new DiffItem(ChangeKind.Removed, key, name, PracticeContent.Describe(old[n])));
                else if (n >= old.Count) items.Add(new DiffItem(ChangeKind.Added, key, name, PracticeContent.Describe(@new[n])));
                else if (PracticeContent.Content(old[n]) != PracticeContent.Content(@new[n]))
                    items.Add(new DiffItem(ChangeKind.Changed, key, name, $"{PracticeContent.Describe(old[n])} → {PracticeContent.Describe(@new[n])}"));
            }
        }
        return items;
    }

    private static List<DiffItem> CompareMeasures(IReadOnlyList<Measure> stored, NoticeStructure s)
    {
        var items = new List<DiffItem>();
        var before = stored.ToDictionary(m => m.Number);
        foreach (var m in s.Measures)
        {
            if (!before.Remove(m.Number, out var row)) { items.Add(new DiffItem(ChangeKind.Added, $"{m.Number}", m.Title, $"theme {m.ThemeNumber}")); continue; }
            var what = new List<string>();
            if (row.Title != m.Title) what.Add($"title was \"{row.Title}\"");
            if (row.ThemeNumber != m.ThemeNumber) what.Add($"theme {row.ThemeNumber} → {m.ThemeNumber}");
            if (row.ThemeTitle != s.Themes.FirstOrDefault(t => t.Number == m.ThemeNumber)?.Title) what.Add("theme title changed");
            if (row.Lead != m.Lead) what.Add("lead sentence changed");
            if (what.Count > 0) items.Add(new DiffItem(ChangeKind.Changed, $"{m.Number}", m.Title, string.Join(", ", what)));
        }
        items.AddRange(before.Values.OrderBy(m => m.Number).Select(m => new DiffItem(ChangeKind.Removed, $"{m.Number}", m.Title, $"theme {m.ThemeNumber}")));
        return items;
    }

    private static List<DiffItem> CompareLocalities(
        IReadOnlyList<Practice> stored, IReadOnlyList<PracticeRecord> read, List<DiffItem> practiceChanges, Func<string, string> nameOf)
    {
        var before = stored.GroupBy(p => p.AdminCode).ToDictionary(g => g.Key, g => g.Select(p => p.MeasureNumber).Order().ToList());
        var after = read.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.Select(p => p.Measure).Distinct().Order().ToList());
        var touched = practiceChanges.GroupBy(c => c.Key.Split('/')[1]).ToDictionary(g => g.Key, g => g.ToList());
        var items = new List<DiffItem>();
        foreach (var code in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var (was, now) = (before.GetValueOrDefault(code), after.GetValueOrDefault(code));
            if (was is null) items.Add(new DiffItem(ChangeKind.Added, code, nameOf(code), Measures(now!)));
            else if (now is null) items.Add(new DiffItem(ChangeKind.Removed, code, nameOf(code), Measures(was)));
            else if (touched.TryGetValue(code, out var changes))
                items.Add(new DiffItem(ChangeKind.Changed, code, nameOf(code),
                    string.Join(", ", changes.Select(c => $"measure {c.Key.Split('/')[0]} {c.Kind.ToString().ToLowerInvariant()}"))));
        }
        return items;
    }

    private static string Measures(List<int> numbers) =>
        (numbers.Count == 1 ? "measure " : "measures ") + string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
