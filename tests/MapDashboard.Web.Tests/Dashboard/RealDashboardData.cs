using MapDashboard.Data;
using MapDashboard.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MapDashboard.Web.Tests.Dashboard;

internal static class RealDashboardData
{
    /// <summary>DashboardData wired as the app wires it, against the database at <paramref name="connectionString"/>.</summary>
    public static DashboardData At(string connectionString) => new(
        new ServiceCollection().AddMapDashboardData(connectionString).BuildServiceProvider()
            .GetRequiredService<IDbContextFactory<MapDashboardDbContext>>(),
        new MemoryCache(new MemoryCacheOptions()), NullLogger<DashboardData>.Instance);
}
