using System.CommandLine;
using MapDashboard.Core.Notices.Output;
using MapDashboard.Cli.Errors;
using MapDashboard.Data.Entities;
using MapDashboard.Data.Export;
using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>mapdash export --out DIR: writes the files read-notice writes, from the database.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder.", Required = true };
        var id = new Option<string?>("--notice-id") { Description = "Notice to export (default: the newest published notice)." };
        var command = new Command("export", "Write localities.geojson, practices.csv, indicators.csv and review.md from the database.")
        {
            output, id,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = CliDatabase.CreateContext();
            var noticeId = parse.GetValue(id) ?? await NoticeExporter.NewestPublishedAsync(db, ct)
                ?? throw new CliException("no published notice to export; import one with `mapdash import --notice FILE --publish`.");
            var extraction = await NoticeExporter.LoadAsync(db, noticeId, ct);
            var dir = parse.GetValue(output)!.FullName;
            NoticeOutputWriter.WriteAll(dir, extraction, NoticeExporter.ReviewPreface);
            Console.WriteLine($"{extraction.Practices.Count} practices, {extraction.Localities.Count} localities, {extraction.Indicators.Count} indicators → {dir}");
            return 0;
        });
        return command;
    }
}
