using System.CommandLine;
using System.Net.Sockets;
using MapDashboard.Core.Notices;
using MapDashboard.Data.Import;
using Npgsql;

namespace MapDashboard.Cli.Errors;

/// <summary>
/// How every verb fails, decided once: an expected failure (bad or missing input file, a notice the reader cannot
/// structure, an import refused, the database unreachable or refusing the role, a missing setting) prints one line on
/// stderr and exits 1; cancelling exits 130; anything else is a bug and prints its stack trace, exit 70 (EX_SOFTWARE).
/// </summary>
internal static class CliErrorPolicy
{
    public const int Failed = 1;
    public const int Bug = 70;
    public const int Cancelled = 130;

    public static async Task<int> InvokeAsync(ParseResult parse, TextWriter stderr)
    {
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (OneLine(e) is { } line)
        {
            stderr.WriteLine($"mapdash: {line}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("mapdash: cancelled.");
            return Cancelled;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"mapdash: unexpected error (a bug; please report it with what follows):{Environment.NewLine}{e}");
            return Bug;
        }
    }

    /// <summary>The line an expected failure prints, or null when <paramref name="e"/> is a bug. Looks through wrappers (EF, retries).</summary>
    public static string? OneLine(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            switch (x)
            {
                case CliException or NoticeFormatException or NoticeImportException:
                    return Flat(x.Message);
                case IOException or UnauthorizedAccessException:
                    return Flat(x.Message);
                case PostgresException pg:
                    return IsOperational(pg.SqlState) ? $"the database refused: {pg.SqlState}: {Flat(pg.MessageText)}" : null;
                case NpgsqlException n:
                    return "cannot reach the database: " + Flat(n.Message) + Cause(n);
            }
        return null;
    }

    // Failures of the environment, not of our SQL: connection (08), authentication (28), no such database (3D000),
    // privileges (42501), resources (53), shutdown or start-up (57P0x), lock/statement timeouts (55P03, 57014).
    private static bool IsOperational(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("28", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal) || state.StartsWith("57P0", StringComparison.Ordinal)
        || state is "3D000" or "42501" or "55P03" or "57014";

    private static string Cause(NpgsqlException n) =>
        n.InnerException is SocketException or TimeoutException or IOException ? $" ({Flat(n.InnerException.Message)})" : "";

    private static string Flat(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
