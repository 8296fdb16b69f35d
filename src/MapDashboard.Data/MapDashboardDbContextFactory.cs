using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data;

/// <summary>Creates a context outside dependency injection (CLI verbs, tests).</summary>
public static class MapDashboardDbContextFactory
{
    public static MapDashboardDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<MapDashboardDbContext>();
        DataServiceCollectionExtensions.Configure(options, connectionString);
        return new MapDashboardDbContext(options.Options);
    }
}
