using MapDashboard.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MapDashboard.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IDbContextFactory{TContext}"/>: one context per operation, never circuit-long. Its queries
    /// survive a database restart: transient failures (57P01 admin shutdown, a refused or dropped connection) empty the
    /// connection pool and are retried a few times with growing pauses (<see cref="PoolClearingRetryStrategy"/>).
    /// A transaction must run as a whole through <c>Database.CreateExecutionStrategy().ExecuteAsync</c>.
    /// </summary>
    public static IServiceCollection AddMapDashboardData(this IServiceCollection services, string connectionString)
    {
        // Our own data source, so the strategy can clear exactly its pool (NpgsqlConnection.ClearPool does not reach
        // the data source EF would otherwise build behind the scenes).
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build());
        services.AddDbContextFactory<MapDashboardDbContext>((sp, o) => o.UseNpgsql(
            sp.GetRequiredService<NpgsqlDataSource>(),
            npgsql => npgsql.UseNetTopologySuite().ExecutionStrategy(
                d => new PoolClearingRetryStrategy(d, sp.GetRequiredService<NpgsqlDataSource>()))));
        // The one read side: a snapshot per data version, shared by every circuit and request.
        services.AddLogging();
        services.AddSingleton<NoticeReadModel>();
        services.AddSingleton<BoundaryFiles>();
        services.AddSingleton<Search.GazetteerSearch>();
        return services;
    }

    /// <summary>
    /// Without retries: the CLI and tests create contexts this way, and an import is one transaction that reports its
    /// failure instead of running again behind the operator's back.
    /// </summary>
    internal static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.UseNetTopologySuite());
}
