namespace MapDashboard.Web.Hosting.Memory;

/// <summary>
/// When the process gives memory back to the system: once most of the dashboards a crowd opened have closed and the
/// count has stayed down for a while, not at every departure.
/// </summary>
/// <remarks>
/// The runtime keeps what a crowd of viewers made it allocate (the GC's free regions, glibc's malloc arenas) for
/// their return; after a briefing that can be tens of MB nobody comes back for (bench/README.md, circuits). Giving it
/// back costs one full, blocking collection of the dashboards still open (a few tens of ms), so it is done only after
/// a large drop.
/// </remarks>
public static class MemoryReturnPolicy
{
    /// <summary>The count must have stayed where it is this long: a crowd leaving over a minute is one departure.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(30);

    /// <summary>At least this many dashboards must have closed since the peak: a few viewers coming and going is normal.</summary>
    public const int MinimumDrop = 10;

    /// <param name="peak">The most dashboards open since memory was last given back.</param>
    /// <param name="open">Dashboards open now.</param>
    /// <param name="unchanged">How long <paramref name="open"/> has stayed as it is.</param>
    public static bool ShouldReturn(int peak, int open, TimeSpan unchanged) =>
        peak - open >= MinimumDrop && open <= peak / 2 && unchanged >= Quiet;
}
