using MapDashboard.Web.Features;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// Reads the imported data's version before the app serves, so the first requests find it instead of 0 and a rebuild.
/// The web process neither migrates nor imports (it connects as a role that can only read): `mapdash migrate` (as
/// the owner) and `mapdash import` (as the importer) do that before it starts, in scripts/run and in compose.
/// </summary>
internal sealed class DatabaseInitializer(ImportedData imported) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => imported.RefreshAsync(ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
