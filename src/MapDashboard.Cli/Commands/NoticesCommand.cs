using System.CommandLine;
using System.Globalization;
using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash notices list | history ID | restore ID --revision N: the notices stored (drafts included), a notice's
/// publishes (who, when, what changed), and bringing an earlier publish back as a new revision (removals allowed:
/// restoring is explicit). Restore reads with the gazetteer as import does.
/// </summary>
internal static class NoticesCommand
{
    public static Command Create()
    {
        var command = new Command("notices", "List notices, show a notice's publish history, restore an earlier revision.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(History());
        command.Subcommands.Add(Restore());
        return command;
    }

    private static Command List()
    {
        var list = new Command("list", "Every notice: id, status, number, counts, title.");
        list.SetAction(async (_, ct) =>
        {
            await using var db = CliDatabase.CreateContext();
            foreach (var n in await NoticeHistory.ListAsync(db, ct))
                Console.WriteLine($"{n.Id}\t{n.Status.ToString().ToLowerInvariant()}\t{n.Number}\t{n.Localities} localities\t" +
                                  $"{n.Practices} practices\t{n.Revisions} revisions\t{n.Title}");
            return 0;
        });
        return list;
    }

    private static Command History()
    {
        var id = new Argument<string>("id") { Description = "The notice's id (mapdash notices list)." };
        var history = new Command("history", "A notice's revisions, newest first: number, when, who, summary.") { id };
        history.SetAction(async (parse, ct) =>
        {
            await using var db = CliDatabase.CreateContext();
            foreach (var r in await NoticeHistory.RevisionsAsync(db, parse.GetValue(id)!, ct))
                Console.WriteLine($"{r.Sequence}\t{r.PublishedAt.ToString("u", CultureInfo.InvariantCulture)}\t{r.PublishedBy}\t{r.Summary}");
            return 0;
        });
        return history;
    }

    private static Command Restore()
    {
        var id = new Argument<string>("id") { Description = "The notice's id." };
        var revision = new Option<int>("--revision") { Description = "The revision to bring back (mapdash notices history ID).", Required = true };
        var gazetteer = NoticeInputs.GazetteerOption();
        var restore = new Command("restore", "Publish an earlier revision's text and decisions again, as a new revision.") { id, revision, gazetteer };
        restore.SetAction(async (parse, ct) =>
        {
            var gazPath = parse.GetValue(gazetteer)?.FullName ?? NoticeInputs.DefaultGazetteer("seeds");
            if (!File.Exists(gazPath)) throw new FileNotFoundException($"Gazetteer not found: {gazPath}. Build geodata first or pass --gazetteer.");
            await using var db = CliDatabase.CreateContext();
            var publishing = new NoticePublishing(db, Core.Geography.GazetteerCsv.ReadFile(gazPath));
            var result = await publishing.RestoreAsync(parse.GetValue(id)!, parse.GetValue(revision), CliUser.Name, ct);
            Console.WriteLine(result.Revision is { } r
                ? $"{result.NoticeId}: revision {parse.GetValue(revision)} restored as revision {r}; practices {result.Counts}"
                : $"{result.NoticeId}: revision {parse.GetValue(revision)} is what is published; nothing changed");
            return 0;
        });
        return restore;
    }
}
