using System.Diagnostics.CodeAnalysis;
using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MapDashboard.Web.Features;

/// <summary>
/// What is built from imported data (the dashboard's views, the GeoJSON every page load asks for) is kept in memory under
/// the data's version and built again only once a write has raised it (<see cref="DataVersionQueries"/>), never on a
/// timer: a rebuild costs a few hundred milliseconds, which the one page load that met it used to wait for.
/// </summary>
public sealed class ImportedData(IDbContextFactory<MapDashboardDbContext> factory, IMemoryCache cache, ILogger<ImportedData> log)
{
    // Superseded versions, and filters or tolerances nobody asks for again, leave memory after this long unused.
    private static readonly TimeSpan KeepUnused = TimeSpan.FromMinutes(10);

    private long _version;

    /// <summary>The data version last read from the database; 0 until it has been read.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Reads the version; true when it changed. A database that does not answer keeps the last one.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var current = await DataVersionQueries.CurrentAsync(db, ct);
            var before = Interlocked.Exchange(ref _version, current);
            if (before != current) log.LogInformation("Imported data version {Version}: built data is rebuilt on next use", current);
            return before != current;
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            log.LogDebug(e, "Data version not read: database unavailable");
            return false;
        }
    }

    public bool TryGet<T>(object key, [MaybeNullWhen(false)] out T value) => cache.TryGetValue((Version, key), out value);

    /// <summary>What <paramref name="build"/> gives, built once per version (one caller may build what another just did).</summary>
    public async Task<T> GetOrBuildAsync<T>(object key, Func<Task<T>> build)
    {
        // Read before building: what is built is at least as new as this version, never older than the key says.
        var version = Version;
        if (cache.TryGetValue((version, key), out T? kept)) return kept!;
        var built = await build();
        return cache.Set((version, key), built, new MemoryCacheEntryOptions { SlidingExpiration = KeepUnused });
    }
}
