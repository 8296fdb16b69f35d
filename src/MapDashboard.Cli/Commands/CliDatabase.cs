using MapDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Cli.Commands;

internal static class CliDatabase
{
    public const string ConnectionVariable = "ConnectionStrings__MapDashboard";

    public static MapDashboardDbContext CreateContext()
    {
        var cs = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(cs))
            throw new InvalidOperationException($"Set {ConnectionVariable} to a PostgreSQL connection string (`scripts/db url owner|importer|web` prints one).");
        return MapDashboardDbContextFactory.Create(cs);
    }
}
