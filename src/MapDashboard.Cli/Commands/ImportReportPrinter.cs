using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// Prints an import's report: counts per kind of row always; with a dry run also every row added (+), changed (~) or
/// removed (-), with its key and name, so an operator sees exactly what an import would do before doing it.
/// </summary>
internal static class ImportReportPrinter
{
    public static void Write(TextWriter o, ImportReport report)
    {
        if (report.AdminUnits is { } units) o.WriteLine($"admin units: {units}");
        foreach (var n in report.Notices)
        {
            var d = n.Diff;
            o.WriteLine($"{d.NoticeId}: {(d.IsNewNotice ? "new notice" : d.TextChanged ? "text changed" : "text unchanged")}, " +
                        (n.Published ? "published" : "draft") + (n.Revision is { } r ? $", revision {r} added" : ""));
            Section(o, "measures", d.Measures, report.DryRun);
            o.WriteLine($"  practices: {d.Counts}");
            Items(o, d.Practices, report.DryRun);
            Section(o, "indicators", d.Indicators, report.DryRun);
            Section(o, "localities", d.Localities, report.DryRun);
        }
        var version = report.DataVersionAfter == report.DataVersionBefore
            ? $"data version {report.DataVersionBefore} (unchanged)"
            : $"data version {report.DataVersionBefore} → {report.DataVersionAfter}";
        o.WriteLine(report.DryRun ? $"dry run: nothing was written; {version}" : $"imported; {version}");
    }

    private static void Section(TextWriter o, string title, IReadOnlyList<DiffItem> items, bool details)
    {
        o.WriteLine($"  {title}: {NoticeDiff.Count(items, ChangeKind.Added)} added, {NoticeDiff.Count(items, ChangeKind.Changed)} changed, " +
                    $"{NoticeDiff.Count(items, ChangeKind.Removed)} removed");
        Items(o, items, details);
    }

    private static void Items(TextWriter o, IReadOnlyList<DiffItem> items, bool details)
    {
        if (!details) return;
        foreach (var i in items)
            o.WriteLine($"    {Mark(i.Kind)} {i.Key}  {i.Name}: {i.Detail}");
    }

    private static char Mark(ChangeKind kind) => kind switch { ChangeKind.Added => '+', ChangeKind.Changed => '~', _ => '-' };
}
