using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>
/// A second notice made from part of the seed notice: its title, a document number of its own, the first theme with its
/// three measures and the closing paragraphs. What the reader finds in it is the expectation, not a constant.
/// </summary>
internal static class SecondNotice
{
    public const int Serial = 1999;
    public const string Id = "ndrc-2021-1999";

    public static string Text()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("Notice of the General Office", StringComparison.Ordinal));
        var second = Array.FindIndex(lines, l => l.StartsWith("Second,", StringComparison.Ordinal));
        var closing = Array.FindIndex(lines, l => l.StartsWith("The National New Urbanization Plan", StringComparison.Ordinal));
        var kept = lines[start..second].Concat(lines[closing..]).Select(l => l.Replace("[2021] No.668", $"[2021] No.{Serial}"));
        return string.Join('\n', kept) + "\n";
    }

    public static NoticeExtraction Read() =>
        new NoticeReader(GazetteerCsv.ReadFile(Path.Combine(RepoPaths.Geodata, GeodataFiles.Gazetteer)), ReviewDecisions.None).Read(Text());
}
