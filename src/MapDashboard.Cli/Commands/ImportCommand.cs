using System.CommandLine;
using MapDashboard.Cli.Errors;
using MapDashboard.Cli.Input;
using MapDashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash import [--notice FILE] [--dry-run] [--allow-removals]: compares the reading of the notice (default
/// seeds/ndrc-2021-668-notice.txt) and the gazetteer's geodata folder with what is stored, then writes the difference in
/// one transaction under the import lock. Refuses to remove practices or localities unless told to. Does not migrate:
/// the importer role may not own the schema, so `mapdash migrate` runs first (as the owner).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var notice = new Option<FileInfo>("--notice")
        {
            Description = "Notice text to import (UTF-8, at most 5 MB).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("seeds", "ndrc-2021-668-notice.txt")),
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be added, changed and removed; write nothing." };
        var allowRemovals = new Option<bool>("--allow-removals") { Description = "Apply an import that removes practices or localities (refused without it)." };
        var gazetteer = NoticeInputs.GazetteerOption();
        var review = NoticeInputs.ReviewOption();
        var command = new Command("import", "Import the geodata and the notice into the database named by ConnectionStrings__MapDashboard; writes only what differs.")
        {
            notice, dryRun, allowRemovals, gazetteer, review,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(notice)!;
            var text = NoticeTextFile.Read(file);
            var inputs = NoticeInputs.Load(file, parse.GetValue(gazetteer), parse.GetValue(review)) with { Text = text };
            var extraction = inputs.Read();
            await using var db = CliDatabase.CreateContext();
            await RequireMigrated(db, ct);
            var options = new ImportOptions
            {
                DryRun = parse.GetValue(dryRun),
                AllowRemovals = parse.GetValue(allowRemovals),
                WaitingForLock = () => Console.Error.WriteLine("mapdash: another import is running; waiting for it to finish..."),
            };
            var request = new ImportRequest(Path.GetDirectoryName(inputs.GazetteerPath)!, [new NoticeToImport(inputs.NoticeId, inputs.Text, extraction) { TitlesZh = inputs.TitlesZh }]);
            ImportReportPrinter.Write(Console.Out, await DataImport.RunAsync(db, request, options, ct));
            return 0;
        });
        return command;
    }

    private static async Task RequireMigrated(Microsoft.EntityFrameworkCore.DbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0)
            throw new CliException($"the database schema is not up to date ({pending} migration(s) pending); run `mapdash migrate` first.");
    }
}
