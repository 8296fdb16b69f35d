using System.Net.Sockets;
using System.Text;
using MapDashboard.Cli.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MapDashboard.Cli.Tests;

/// <summary>Expected failures, whatever the verb: one line on stderr beginning "mapdash: ", exit code 1, no stack trace.</summary>
public sealed class ErrorPolicyTests
{
    // Nothing listens on port 1 of the loopback: the connection is refused at once.
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=mapdash;Username=mapdash;Timeout=5";

    private static void AssertOneLineFailure(CliRun run, string expected)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("mapdash: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotMatch(@"\n\s+at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    public static TheoryData<string, byte[], string> BadNoticeFiles => new()
    {
        { "empty", [], "is empty" },
        { "white space only", "  \n\t\n"u8.ToArray(), "is empty" },
        { "binary", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0], "binary file (NUL byte at offset 7)" },
        { "a legacy encoding, not UTF-8", Encoding.Latin1.GetBytes("Notice \u00c4\u00e3\u00ba\u00c3"), "is not UTF-8 text" },
        { "over 5 MB", Encoding.ASCII.GetBytes(new string('a', 5 * 1024 * 1024 + 1)), "at most 5 MB" },
    };

    [Theory]
    [MemberData(nameof(BadNoticeFiles))]
    public async Task A_bad_notice_file_is_refused_in_one_line_before_the_database_is_asked(string kind, byte[] content, string expected)
    {
        using var notice = new TemporaryNotice(content);

        // The database is unreachable: the file must be refused before anything connects.
        var run = await Mapdash.RunAsync(Unreachable, "import", "--notice", notice.Path);

        AssertOneLineFailure(run, expected);
        Assert.True(run.StderrLines[0].Contains(notice.Path), kind);
    }

    [Fact]
    public async Task A_missing_notice_file_is_one_line()
    {
        var run = await Mapdash.RunAsync(Unreachable, "import", "--notice", "/nonexistent/ndrc-2021-668-notice.txt");
        AssertOneLineFailure(run, "not found: /nonexistent/ndrc-2021-668-notice.txt");
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("import")]
    [InlineData("export", "--out", "/tmp/mapdash-cli-test-export-unused")]
    public async Task An_unreachable_database_is_one_line_for_every_verb(params string[] args)
    {
        var run = await Mapdash.RunAsync(Unreachable, args);
        AssertOneLineFailure(run, "cannot reach the database");
    }

    [Fact]
    public async Task A_missing_connection_string_is_one_line_naming_the_setting()
    {
        var run = await Mapdash.RunAsync(null, "migrate");
        AssertOneLineFailure(run, "ConnectionStrings__MapDashboard");
    }

    [Fact]
    public void A_connection_failure_wrapped_by_EF_is_expected_and_a_SQL_mistake_is_a_bug()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        Assert.StartsWith("cannot reach the database: Failed to connect", CliErrorPolicy.OneLine(new DbUpdateException("wrapped", refused)));
        Assert.NotNull(CliErrorPolicy.OneLine(new PostgresException("password authentication failed", "FATAL", "FATAL", "28P01")));
        Assert.NotNull(CliErrorPolicy.OneLine(new PostgresException("permission denied for table practices", "ERROR", "ERROR", "42501")));
        Assert.Null(CliErrorPolicy.OneLine(new PostgresException("relation \"x\" does not exist", "ERROR", "ERROR", "42P01")));
        Assert.Null(CliErrorPolicy.OneLine(new InvalidOperationException("Sequence contains no elements")));
    }
}
