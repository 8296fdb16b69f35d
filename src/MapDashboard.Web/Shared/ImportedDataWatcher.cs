using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Shared;

/// <summary>Reads the data version every few seconds, so a `mapdash import` into the running app shows within them.</summary>
internal sealed class ImportedDataWatcher(NoticeReadModel data, ILogger<ImportedDataWatcher> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await data.RefreshAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database without the table (not migrated yet) must not stop the app; the next tick tries again.
                log.LogWarning(e, "Data version not read");
            }
        } while (await timer.WaitForNextTickAsync(ct));
    }
}
