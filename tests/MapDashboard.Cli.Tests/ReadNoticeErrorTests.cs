using System.Text;
using Xunit;

namespace MapDashboard.Cli.Tests;

/// <summary>read-notice needs no database, and refuses what it cannot read the way import does: one line, exit code 1.</summary>
public sealed class ReadNoticeErrorTests
{
    private static void AssertOneLineFailure(CliRun run, string expected)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("mapdash: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("Exception", run.Stderr);
        Assert.DoesNotMatch(@"\n\s+at ", run.Stderr);
    }

    [Theory]
    [MemberData(nameof(ErrorPolicyTests.BadNoticeFiles), MemberType = typeof(ErrorPolicyTests))]
    public async Task A_bad_notice_file_is_refused_in_one_line(string kind, byte[] content, string expected)
    {
        using var notice = new TemporaryNotice(content);
        var output = Path.Combine(Path.GetTempPath(), "mapdash-read-notice-" + Guid.NewGuid().ToString("N"));

        var run = await Mapdash.RunAsync(null, "read-notice", notice.Path, "--out", output);
        Assert.False(Directory.Exists(output), "nothing is written for a notice that cannot be read");

        AssertOneLineFailure(run, expected);
        Assert.True(run.StderrLines[0].Contains(notice.Path), kind);
    }

    [Fact]
    public async Task A_text_with_no_themes_says_so_in_one_line()
    {
        using var notice = new TemporaryNotice(Encoding.UTF8.GetBytes(
            "Notice of the General Office on an unrelated matter.\n\nPlease read the attached circular carefully.\n"));
        var output = Path.Combine(Path.GetTempPath(), "mapdash-read-notice-" + Guid.NewGuid().ToString("N"));

        var run = await Mapdash.RunAsync(null, "read-notice", notice.Path, "--out", output);
        Assert.False(Directory.Exists(output), "nothing is written for a notice that cannot be read");

        AssertOneLineFailure(run, "No themes found");
    }
}
