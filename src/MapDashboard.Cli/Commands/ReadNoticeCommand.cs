using System.CommandLine;
using MapDashboard.Cli.Input;
using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Core.Notices.Output;

namespace MapDashboard.Cli.Commands;

/// <summary>mapdash read-notice FILE --out DIR: reads a notice against the gazetteer, no database.</summary>
internal static class ReadNoticeCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The notice text (UTF-8)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for localities.geojson, practices.csv, indicators.csv, review.md.", Required = true };
        var gazetteer = NoticeInputs.GazetteerOption();
        var review = NoticeInputs.ReviewOption();
        var command = new Command("read-notice", "Read a notice into localities, practices, indicators and a review report (no database).")
        {
            file, output, gazetteer, review,
        };
        command.SetAction(parse =>
        {
            // The same strict reading as import: empty, binary, oversized or non-UTF-8 files are refused in one line.
            var notice = parse.GetValue(file)!;
            var text = NoticeTextFile.Read(notice);
            var inputs = NoticeInputs.Load(notice, parse.GetValue(gazetteer), parse.GetValue(review)) with { Text = text };
            Console.WriteLine(inputs.DescribeDecisions());
            var extraction = inputs.Read();
            var dir = parse.GetValue(output)!.FullName;
            NoticeOutputWriter.WriteAll(dir, extraction);
            Console.WriteLine($"{extraction.Practices.Count} practices, {extraction.Localities.Count} localities, " +
                              $"{extraction.Indicators.Count} indicators ({extraction.Indicators.Count(i => i.Repaired)} repaired, " +
                              $"{extraction.Indicators.Count(i => i.Value is null)} left as text), {extraction.Review.Count} review items → {dir}");
            return 0;
        });
        return command;
    }
}

/// <summary>
/// The notice text, gazetteer and review decisions a read needs, with the defaults both read-notice and import use. The
/// decisions are found by the notice's document number (NoticeSeed): "&lt;slug&gt;.review.csv" beside the notice, else in
/// the seeds folder beside the gazetteer's geodata folder, else in ./seeds; --review overrides.
/// </summary>
internal sealed record NoticeInputs(
    string NoticeId, string Text, string GazetteerPath, IReadOnlyList<GazetteerEntry> Gazetteer, ReviewDecisions Decisions,
    DocumentNumber? Number = null, string? ReviewPath = null)
{
    public NoticeExtraction Read() => new NoticeReader(Gazetteer, Decisions).Read(Text);

    /// <summary>One line saying which review decisions apply and why.</summary>
    public string DescribeDecisions() => (Number, ReviewPath) switch
    {
        (_, { } path) => $"review decisions: {Decisions.All.Count} from {path}" + (Number is null ? "" : $" (notice {Number.Slug})"),
        (null, null) => "review decisions: none (no document number such as \"[2021] No.12\" found in the text)",
        ({ } n, null) => $"review decisions: none ({n.Slug}{NoticeSeed.ReviewSuffix} not found)",
    };

    public static Option<FileInfo?> GazetteerOption() =>
        new("--gazetteer") { Description = "Gazetteer CSV (default: geodata/gazetteer.csv beside the notice's seeds folder, else in the current folder)." };

    public static Option<FileInfo?> ReviewOption() =>
        new("--review") { Description = "Review decisions CSV (default: <slug of the notice's document number>.review.csv beside the notice, else in the seeds folder, if present)." };

    public static NoticeInputs Load(FileInfo notice, FileInfo? gazetteer, FileInfo? review)
    {
        var gazPath = gazetteer?.FullName ?? DefaultGazetteer(notice.DirectoryName!);
        if (!File.Exists(gazPath)) throw new FileNotFoundException($"Gazetteer not found: {gazPath}. Build geodata first or pass --gazetteer.");
        var seedsFolders = new[] { Path.Combine(Path.GetDirectoryName(gazPath)!, "..", "seeds"), Path.GetFullPath("seeds") };
        var seed = NoticeSeed.Load(notice.FullName, review?.FullName, seedsFolders);
        return new NoticeInputs(seed.Id, seed.Text, gazPath, GazetteerCsv.ReadFile(gazPath), seed.Decisions, seed.Number, seed.ReviewPath);
    }

    /// <summary>geodata/gazetteer.csv beside the folder holding the notice (or the seeds), else in the current folder.</summary>
    public static string DefaultGazetteer(string noticeFolder)
    {
        var beside = Path.Combine(noticeFolder, "..", "geodata", "gazetteer.csv");
        return File.Exists(beside) ? Path.GetFullPath(beside) : Path.GetFullPath(Path.Combine("geodata", "gazetteer.csv"));
    }
}
