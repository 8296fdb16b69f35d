using System.Runtime.InteropServices;

namespace MapDashboard.Web.Hosting.Memory;

/// <summary>Watches the open dashboards and gives memory back when <see cref="MemoryReturnPolicy"/> says so.</summary>
public sealed partial class MemoryReturner(OpenCircuits circuits, ILogger<MemoryReturner> log, TimeProvider clock) : BackgroundService
{
    /// <summary>How often the count is looked at.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var peak = 0;
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var open = circuits.Count;
            peak = Math.Max(peak, open);
            if (!MemoryReturnPolicy.ShouldReturn(peak, open, circuits.Unchanged)) continue;
            var before = Environment.WorkingSet;
            ReturnMemory();
            LogReturned(log, peak, open, (before - Environment.WorkingSet) / (1024 * 1024));
            peak = open;
        }
    }

    /// <summary>
    /// A compacting collection that also decommits the GC's free memory (Aggressive; it compacts the large-object heap
    /// too: gc.cpp sets loh_compaction for reason_induced_aggressive), then glibc's malloc_trim, which
    /// returns the free pages of every malloc arena (freed native memory glibc otherwise keeps).
    /// </summary>
    public static void ReturnMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux()) return;
        try { _ = MallocTrim(0); }
        catch (EntryPointNotFoundException) { }   // not glibc (musl has no malloc_trim): the collection is all there is
        catch (DllNotFoundException) { }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(LogLevel.Information, "Gave memory back after {Peak} open dashboards fell to {Open}: working set {FreedMb} MB smaller")]
    private static partial void LogReturned(ILogger logger, int peak, int open, long freedMb);
}
