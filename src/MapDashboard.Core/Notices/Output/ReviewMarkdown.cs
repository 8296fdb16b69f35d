namespace MapDashboard.Core.Notices.Output;

/// <summary>review.md: what a person should check, by section. Repaired figures and figures kept as text come from the indicators.</summary>
public static class ReviewMarkdown
{
    private static readonly (ReviewKind Kind, string Title)[] Sections =
    [
        (ReviewKind.UnmatchedName, "Unmatched names (not plotted)"),
        (ReviewKind.AmbiguousUnresolved, "Ambiguous names left unresolved (not plotted)"),
        (ReviewKind.AmbiguousResolved, "Ambiguous names resolved by context"),
        (ReviewKind.ParentAsLocator, "Parents named only to locate a child (not credited)"),
        (ReviewKind.Institution, "Institutions, not localities"),
        (ReviewKind.GarbledText, "Censored or garbled text"),
        (ReviewKind.IgnoredFigure, "Figures that are not indicators (review file)"),
        (ReviewKind.UnreviewedMillion, "\"Million\" figures not yet reviewed"),
        (ReviewKind.UnattachedFigure, "Figures without a clear locality"),
        (ReviewKind.UnusedDecision, "Review decisions that matched nothing"),
    ];

    public static void Write(TextWriter w, NoticeExtraction x, string? preface = null)
    {
        w.Write($"# Review: {x.Structure.Title}\n\n");
        if (preface is not null) w.Write(preface + "\n\n");
        w.Write($"{x.Practices.Count} practices, {x.Localities.Count} localities, {x.Indicators.Count} indicators " +
                $"({x.Indicators.Count(i => i.Repaired)} repaired, {x.Indicators.Count(i => i.Value is null)} left as text).\n");
        foreach (var (kind, title) in Sections)
        {
            var items = x.Review.Where(r => r.Kind == kind).ToList();
            if (items.Count == 0 && kind is not (ReviewKind.UnmatchedName or ReviewKind.AmbiguousUnresolved)) continue;
            w.Write($"\n## {title}\n\n");
            if (items.Count == 0) w.Write("None.\n");
            foreach (var r in items)
                w.Write($"- {Where(r.Measure)}`{r.Subject}`: {r.Detail}\n");
        }
        Figures(w, "Repaired figures", x.Indicators.Where(i => i.Repaired));
        Figures(w, "Figures left as text (never shown as numbers)", x.Indicators.Where(i => i.Value is null));
    }

    private static void Figures(TextWriter w, string title, IEnumerable<IndicatorRecord> indicators)
    {
        w.Write($"\n## {title}\n\n");
        var any = false;
        foreach (var i in indicators.OrderBy(i => i.Measure).ThenBy(i => i.Range.Start))
        {
            any = true;
            var value = i.Value is null ? "text" : $"{NoticeCsv.Value(i.Value)} {i.Unit}";
            w.Write($"- ({i.Measure}) {i.Code} `{i.SourcePhrase}` [{i.Range.Start}–{i.Range.End}] → {value}. {i.Note}\n");
        }
        if (!any) w.Write("None.\n");
    }

    private static string Where(int measure) => measure > 0 ? $"({measure}) " : "";
}
