using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers an <see cref="IDbContextFactory{TContext}"/>: one context per operation, never circuit-long.</summary>
    public static IServiceCollection AddMapDashboardData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<MapDashboardDbContext>(o => Configure(o, connectionString));
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.UseNetTopologySuite());
}
