using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices.Figures;

namespace MapDashboard.Core.Notices;

/// <summary>
/// A notice as shipped in seeds/: "&lt;id&gt;-notice.txt" with its optional "&lt;id&gt;.review.csv" beside it.
/// Shared by the CLI and the start-up import so both read a notice the same way.
/// </summary>
public sealed record NoticeSeed(string Id, string Text, ReviewDecisions Decisions)
{
    public const string FileSuffix = "-notice.txt";

    public NoticeExtraction Read(IReadOnlyList<GazetteerEntry> gazetteer) => new NoticeReader(gazetteer, Decisions).Read(Text);

    /// <summary>"ndrc-2021-668-notice.txt" → "ndrc-2021-668".</summary>
    public static string IdOf(string noticePath)
    {
        var stem = Path.GetFileNameWithoutExtension(noticePath);
        return stem.EndsWith("-notice", StringComparison.Ordinal) ? stem[..^"-notice".Length] : stem;
    }

    public static NoticeSeed Load(string noticePath, string? reviewPath = null)
    {
        if (!File.Exists(noticePath)) throw new FileNotFoundException($"Notice file not found: {noticePath}");
        var id = IdOf(noticePath);
        reviewPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(noticePath))!, id + ".review.csv");
        var decisions = File.Exists(reviewPath) ? ReviewDecisions.ReadFile(reviewPath) : ReviewDecisions.None;
        return new NoticeSeed(id, File.ReadAllText(noticePath), decisions);
    }

    /// <summary>Every notice in a seeds folder, in name order.</summary>
    public static IReadOnlyList<NoticeSeed> LoadFolder(string seedsDir) =>
        Directory.GetFiles(seedsDir, "*" + FileSuffix).Order(StringComparer.Ordinal).Select(p => Load(p)).ToList();
}
