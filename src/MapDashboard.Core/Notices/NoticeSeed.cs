using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Core.Notices.Layout;

namespace MapDashboard.Core.Notices;

/// <summary>
/// A notice text with the review decisions that belong to it. Decisions belong to the notice by its document number,
/// not to a file name: the number read from the text gives a slug (<see cref="DocumentNumber.Slug"/>, "ndrc-2021-12"),
/// and the decisions are "&lt;slug&gt;.review.csv" in the first review folder holding one (the notice's own folder, then
/// the seeds folders the caller names). Shared by the CLI and the start-up import so both read a notice the same way.
/// </summary>
/// <param name="Id">The notice's id: the slug of its document number (the file's name only when the text has none).</param>
public sealed record NoticeSeed(string Id, string Text, ReviewDecisions Decisions)
{
    public const string FileSuffix = "-notice.txt";

    public const string ReviewSuffix = ".review.csv";

    /// <summary>The document number read from the text; null when it has none (then no review file is looked up).</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The review file the decisions came from; null when none was given or found.</summary>
    public string? ReviewPath { get; init; }

    public NoticeExtraction Read(IReadOnlyList<GazetteerEntry> gazetteer) => new NoticeReader(gazetteer, Decisions).Read(Text);

    /// <summary>"ndrc-2021-12-notice.txt" → "ndrc-2021-12".</summary>
    public static string IdOf(string noticePath)
    {
        var stem = Path.GetFileNameWithoutExtension(noticePath);
        return stem.EndsWith("-notice", StringComparison.Ordinal) ? stem[..^"-notice".Length] : stem;
    }

    /// <summary>
    /// Loads a notice and its decisions: <paramref name="reviewPath"/> when given (it overrides), else the review file of
    /// the notice's document number in its own folder or, failing that, in <paramref name="reviewFolders"/> in order.
    /// </summary>
    public static NoticeSeed Load(string noticePath, string? reviewPath = null, IEnumerable<string>? reviewFolders = null)
    {
        if (!File.Exists(noticePath)) throw new FileNotFoundException($"Notice file not found: {noticePath}");
        var text = File.ReadAllText(noticePath);
        var number = FindNumber(text);
        if (reviewPath is not null && !File.Exists(reviewPath)) throw new FileNotFoundException($"Review file not found: {reviewPath}");
        var folders = new[] { Path.GetDirectoryName(Path.GetFullPath(noticePath))! }.Concat(reviewFolders ?? []);
        reviewPath ??= number is null ? null : ReviewFileFor(number, folders);
        var decisions = reviewPath is null ? ReviewDecisions.None : ReviewDecisions.ReadFile(reviewPath);
        return new NoticeSeed(number?.Slug ?? IdOf(noticePath), text, decisions) { Number = number, ReviewPath = reviewPath };
    }

    /// <summary>"&lt;slug&gt;.review.csv" in the first folder that has it, else null.</summary>
    public static string? ReviewFileFor(DocumentNumber number, IEnumerable<string> folders) =>
        folders.Select(f => Path.GetFullPath(Path.Combine(f, number.Slug + ReviewSuffix))).FirstOrDefault(File.Exists);

    /// <summary>The document number of the notice in <paramref name="text"/>, as the reader finds it.</summary>
    public static DocumentNumber? FindNumber(string text) => NoticeStructureParser.FindNumber(NormalizedText.Of(text));

    /// <summary>Every notice in a seeds folder, in name order, with its decisions from the same folder.</summary>
    public static IReadOnlyList<NoticeSeed> LoadFolder(string seedsDir) =>
        Directory.GetFiles(seedsDir, "*" + FileSuffix).Order(StringComparer.Ordinal).Select(p => Load(p)).ToList();
}
