using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// Reads the imported data's version before the app serves, so the first requests find it instead of 0 and a rebuild.
/// The web process neither migrates nor imports (it connects as a role that can only read): `mapdash migrate` (as
/// the owner) and `mapdash import` (as the importer) do that before it starts, in scripts/run and in compose.
/// </summary>
internal sealed class DatabaseInitializer(NoticeReadModel imported, ILogger<DatabaseInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await imported.RefreshAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // As in ImportedDataWatcher: a database that is not ready yet (not migrated, a role not granted) must not
            // keep the app from serving its pages, which say so; the watcher reads the version again in a few seconds.
            log.LogWarning(e, "Data version not read at start");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
