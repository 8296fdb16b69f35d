using MapDashboard.Data;
using MapDashboard.Data.Import;
using MapDashboard.Web.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MapDashboard.Web.Hosting;

/// <summary>Migrates and imports at start-up when configured to; the app does not serve until this has finished.</summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<MapDashboardDbContext> factory,
    IOptions<MapDashboardOptions> options,
    ImportedData imported,
    ILogger<DatabaseInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.MigrateOnStart && !o.ImportOnStart) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (o.MigrateOnStart)
        {
            await db.Database.MigrateAsync(ct);
            log.LogInformation("Database migrated");
        }
        if (o.ImportOnStart)
        {
            // The app's contexts retry transient failures, so the import's transaction runs as a whole through the
            // strategy, each attempt on a fresh context.
            var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async attemptCt =>
            {
                await using var attempt = await factory.CreateDbContextAsync(attemptCt);
                return await SeedImport.RunAsync(attempt, o.GeodataDir!, o.SeedsDir!, attemptCt);
            }, ct);
            log.LogInformation("Seeds imported: {Result}", result);
        }
        // The first requests find the version the import left, not 0 and then a rebuild.
        await imported.RefreshAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
