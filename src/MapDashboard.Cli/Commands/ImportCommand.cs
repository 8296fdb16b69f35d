using System.CommandLine;
using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash import [--notice FILE]: upserts the admin units from the gazetteer's geodata folder,
/// then the notice (default seeds/ndrc-2021-668-notice.txt); practices reference admin_units, hence the order.
/// It runs as the importer role, which may not run DDL: `mapdash migrate` (as the owner) comes first.
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
            var geodataDir = Path.GetDirectoryName(inputs.GazetteerPath)!;
            Console.WriteLine($"admin units: {await AdminUnitImporter.ImportAsync(db, geodataDir, ct)}.");
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
