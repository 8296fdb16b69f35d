using MapDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MapDashboard.Web.Hosting;

/// <summary>Ready when the database answers and has PostGIS.</summary>
internal sealed class PostgisHealthCheck(IDbContextFactory<MapDashboardDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var version = await db.Database.SqlQueryRaw<string>("SELECT postgis_lib_version() AS \"Value\"").SingleAsync(ct);
            return HealthCheckResult.Healthy($"PostGIS {version}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception goes to the health check's log entry, never into the answer.
            return HealthCheckResult.Unhealthy("PostGIS is not reachable", e);
        }
    }
}
