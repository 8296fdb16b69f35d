using MapDashboard.Cli.Errors;
using MapDashboard.Data;
using Npgsql;

namespace MapDashboard.Cli.Commands;

internal static class CliDatabase
{
    public const string ConnectionVariable = "ConnectionStrings__MapDashboard";

    public static MapDashboardDbContext CreateContext() => MapDashboardDbContextFactory.Create(ConnectionString());

    /// <summary>ConnectionStrings__MapDashboard, checked: a missing or malformed one is a one-line failure.</summary>
    public static string ConnectionString()
    {
        var cs = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(cs))
            throw new CliException($"Set {ConnectionVariable} to a PostgreSQL connection string (`scripts/db url owner|importer|web` prints one).");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(cs);
        }
        catch (ArgumentException e)
        {
            // The message names the bad keyword, never the string itself (it may hold a password).
            throw new CliException($"{ConnectionVariable} is not a valid connection string: {e.Message}");
        }
        return cs;
    }
}
