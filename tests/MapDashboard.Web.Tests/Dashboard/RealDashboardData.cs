using MapDashboard.Data;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MapDashboard.Web.Tests.Dashboard;

internal static class RealDashboardData
{
    /// <summary>DashboardData wired as the app wires it, against the database at <paramref name="connectionString"/>.</summary>
    public static DashboardData At(string connectionString) => At(connectionString, out _);

    /// <summary>The same, with what keeps its views: <paramref name="imported"/> reads the data version when told to.</summary>
    public static DashboardData At(string connectionString, out ImportedData imported)
    {
        var factory = new ServiceCollection().AddMapDashboardData(connectionString).BuildServiceProvider()
            .GetRequiredService<IDbContextFactory<MapDashboardDbContext>>();
        imported = new ImportedData(factory, NullLogger<ImportedData>.Instance);
        return new DashboardData(factory, imported, NullLogger<DashboardData>.Instance);
    }
}
