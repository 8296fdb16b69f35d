using System.CommandLine;
using MapDashboard.Cli.Errors;
using MapDashboard.Cli.Input;
using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash import [--notice FILE [--review FILE] [--publish]] [--dry-run] [--allow-removals]: with --notice, the
/// document number read from the text decides the notice (a new number makes a new notice, a draft unless --publish;
/// the same number updates that notice; a published notice stays published and gets a revision). Its review decisions
/// are --review, else "&lt;slug&gt;.review.csv" beside the text, else those stored for the notice. Without --notice, every
/// notice of the seeds folder is imported and published (what scripts/run and compose do). The geodata folder of the
/// gazetteer is imported in the same transaction. Refuses to remove practices or localities unless told to. Does not
/// migrate: the importer role may not own the schema, so `mapdash migrate` runs first (as the owner).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var notice = new Option<FileInfo?>("--notice") { Description = "Notice text to import (UTF-8, at most 5 MB); without it, every notice in the seeds folder, published." };
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "Seeds folder imported without --notice.", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var publish = new Option<bool>("--publish") { Description = "Publish the notice at once (a new notice is otherwise a draft)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be added, changed and removed; write nothing." };
        var allowRemovals = new Option<bool>("--allow-removals") { Description = "Apply an import that removes practices or localities (refused without it)." };
        var gazetteer = NoticeInputs.GazetteerOption();
        var review = NoticeInputs.ReviewOption();
        var command = new Command("import", "Import the geodata and a notice (or the seeds) into the database named by ConnectionStrings__MapDashboard; writes only what differs.")
        {
            notice, seeds, publish, dryRun, allowRemovals, gazetteer, review,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ImportOptions
            {
                DryRun = parse.GetValue(dryRun),
                AllowRemovals = parse.GetValue(allowRemovals),
                Publish = parse.GetValue(publish),
                PublishedBy = CliUser.Name,
                WaitingForLock = () => Console.Error.WriteLine("mapdash: another import is running; waiting for it to finish..."),
            };
            var file = parse.GetValue(notice);
            var report = file is null
                ? await ImportSeeds(parse.GetValue(seeds)!, parse.GetValue(gazetteer), options, ct)
                : await ImportNotice(file, parse.GetValue(gazetteer), parse.GetValue(review), options, ct);
            ImportReportPrinter.Write(Console.Out, report);
            return 0;
        });
        return command;
    }

    private static async Task<ImportReport> ImportSeeds(DirectoryInfo seeds, FileInfo? gazetteer, ImportOptions options, CancellationToken ct)
    {
        if (!seeds.Exists) throw new CliException($"seeds folder not found: {seeds.FullName}; pass --notice FILE or --seeds DIR.");
        var gazPath = gazetteer?.FullName ?? NoticeInputs.DefaultGazetteer(seeds.FullName);
        if (!File.Exists(gazPath)) throw new FileNotFoundException($"Gazetteer not found: {gazPath}. Build geodata first or pass --gazetteer.");
        await using var db = CliDatabase.CreateContext();
        await RequireMigrated(db, ct);
        return await SeedImport.RunAsync(db, Path.GetDirectoryName(gazPath)!, seeds.FullName, options, ct);
    }

    private static async Task<ImportReport> ImportNotice(FileInfo file, FileInfo? gazetteer, FileInfo? review, ImportOptions options, CancellationToken ct)
    {
        var text = NoticeTextFile.Read(file);
        var gazPath = gazetteer?.FullName ?? NoticeInputs.DefaultGazetteer(file.DirectoryName!);
        if (!File.Exists(gazPath)) throw new FileNotFoundException($"Gazetteer not found: {gazPath}. Build geodata first or pass --gazetteer.");
        var entries = GazetteerCsv.ReadFile(gazPath);
        var number = NoticeSeed.FindNumber(text);
        // A text the reader refuses (no number, no themes, ...) is said in one line before any database is needed.
        if (number is null) _ = new NoticeReader(entries, ReviewDecisions.None).Read(text);
        var reviewPath = review?.FullName ?? (number is null ? null : NoticeSeed.ReviewFileFor(number, [file.DirectoryName!]));
        if (reviewPath is not null && !File.Exists(reviewPath)) throw new FileNotFoundException($"Review file not found: {reviewPath}");
        var decisions = reviewPath is null ? null : ReviewDecisions.ReadFile(reviewPath);
        await using var db = CliDatabase.CreateContext();
        await RequireMigrated(db, ct);
        var publishing = new NoticePublishing(db, entries) { GeodataDir = Path.GetDirectoryName(gazPath) };
        return await publishing.ImportReportAsync(new NoticeSubmission(text, decisions), options, ct);
    }

    private static async Task RequireMigrated(DbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0)
            throw new CliException($"the database schema is not up to date ({pending} migration(s) pending); run `mapdash migrate` first.");
    }
}

/// <summary>Who the CLI publishes as, kept in a notice's revisions: "cli:&lt;os user&gt;".</summary>
internal static class CliUser
{
    public static string Name => "cli:" + Environment.UserName;
}
