using System.Text;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// mapdash import --notice: the document number read from the text decides the notice. A second notice made from part of
/// the seed under another number is imported beside the seed (a draft, or published with --publish) and listed, and
/// the seed stays as it was. Each test uses a number of its own, so the tests share one seeded database.
/// </summary>
public sealed class NoticeImportCommandTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private readonly int _serial = NoticeSerials.Next();

    private string Id => $"ndrc-2022-{_serial}";

    /// <summary>The seed up to its second theme (measures 1-3) under the number [2022] No.serial, in a file named like nothing in particular.</summary>
    private TemporaryNotice PartOfSeed()
    {
        var seed = TemporaryNotice.SeedText;
        var part = seed[..seed.IndexOf("Second, improve the level of urban construction", StringComparison.Ordinal)]
            .Replace("[2021] No.668", $"[2022] No.{_serial}");
        return new TemporaryNotice(Encoding.UTF8.GetBytes(part), "second notice.txt");
    }

    [Fact]
    public async Task A_new_number_with_publish_makes_a_published_notice_beside_the_seed_with_its_first_revision()
    {
        var before = await SeededCounts.ReadAsync(database);
        using var notice = PartOfSeed();

        var run = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, "--publish", .. Mapdash.SeedInputs]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{Id}: new notice, published, revision 1 added", run.Stdout);
        Assert.Contains("practices: 23 added, 0 changed, 0 removed, 0 unchanged", run.Stdout);
        Assert.Equal(SeededCounts.Seed, (await SeededCounts.ReadAsync(database)).Rows);
        Assert.True(before.Rows == SeededCounts.Seed, "the seed notice was there before");

        var list = await Mapdash.RunAsync(database.ConnectionString, "notices", "list");
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith($"{Id}\tpublished\tDevelopment and Reform Office Planning [2022] No.{_serial}\t", StringComparison.Ordinal)
                                                      && l.Contains("\t23 practices\t1 revisions\t"));
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith("ndrc-2021-668\tpublished\t", StringComparison.Ordinal) && l.Contains("\t57 localities\t67 practices\t"));

        var history = await Mapdash.RunAsync(database.ConnectionString, "notices", "history", Id);
        var line = Assert.Single(history.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("1\t", line);
        Assert.EndsWith($"\tcli:{Environment.UserName}\t+23 practices, ~0 changed, -0 removed (first publication)", line);
    }

    [Fact]
    public async Task A_new_number_without_publish_is_a_draft_and_importing_it_again_changes_nothing()
    {
        using var notice = PartOfSeed();

        var run = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, .. Mapdash.SeedInputs]);
        var again = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, .. Mapdash.SeedInputs]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{Id}: new notice, draft", run.Stdout);
        Assert.Contains($"{Id}: text unchanged, draft", again.Stdout);
        Assert.Contains("(unchanged)", again.Stdout);
        var list = await Mapdash.RunAsync(database.ConnectionString, "notices", "list");
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith($"{Id}\tdraft\t", StringComparison.Ordinal) && l.Contains("\t0 revisions\t"));
    }

    [Fact]
    public async Task A_text_without_a_document_number_is_refused_in_one_line_and_nothing_is_written()
    {
        var before = await SeededCounts.ReadAsync(database);
        using var notice = new TemporaryNotice(Encoding.UTF8.GetBytes(
            TemporaryNotice.SeedText.Replace("Development and Reform Office Planning [2021] No.668", "")), "no number.txt");

        var run = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, "--publish", .. Mapdash.SeedInputs]);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("mapdash: No document number found", line);
        Assert.Equal(before, await SeededCounts.ReadAsync(database));
    }
}
