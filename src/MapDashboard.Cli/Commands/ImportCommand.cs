using System.CommandLine;
using MapDashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash import [--notice FILE]: applies migrations and upserts the notice (default seeds/ndrc-2021-668-notice.txt).
/// Practices reference admin_units, so the geodata admin units must be in the database first.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var notice = new Option<FileInfo>("--notice")
        {
            Description = "Notice text to import.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("seeds", "ndrc-2021-668-notice.txt")),
        };
        var gazetteer = NoticeInputs.GazetteerOption();
        var review = NoticeInputs.ReviewOption();
        var command = new Command("import", "Import the notice into the database named by ConnectionStrings__MapDashboard (idempotent).")
        {
            notice, gazetteer, review,
        };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = NoticeInputs.Load(parse.GetValue(notice)!, parse.GetValue(gazetteer), parse.GetValue(review));
            var extraction = inputs.Read();
            await using var db = CliDatabase.CreateContext();
            await db.Database.MigrateAsync(ct);
            if (!await db.AdminUnits.AnyAsync(ct))
            {
                Console.Error.WriteLine("admin_units is empty: import the geodata admin units first; the notice was not imported.");
                return 1;
            }
            try
            {
                var result = await NoticeImporter.ImportAsync(db, inputs.NoticeId, inputs.Text, extraction, ct);
                Console.WriteLine($"{inputs.NoticeId}: practices {result}.");
                return 0;
            }
            catch (NoticeImportException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
