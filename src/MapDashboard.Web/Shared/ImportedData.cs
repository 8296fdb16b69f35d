using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MapDashboard.Web.Shared;

/// <summary>
/// What is built from imported data (the dashboard's views, the GeoJSON every page load asks for) is kept in memory under
/// the data's version and built again only once a write has raised it (<see cref="DataVersionQueries"/>), never on a
/// timer: a rebuild costs a few hundred milliseconds, which the one page load that met it used to wait for.
/// The memory is bounded (<see cref="SizeLimit"/>; least recently used entries go first) and each key is built by one
/// caller at a time: the others wait for that build instead of starting their own.
/// </summary>
public sealed class ImportedData(IDbContextFactory<MapDashboardDbContext> factory, ILogger<ImportedData> log) : IDisposable
{
    // Superseded versions, and filters or tolerances nobody asks for again, leave memory after this long unused.
    private static readonly TimeSpan KeepUnused = TimeSpan.FromMinutes(10);

    /// <summary>
    /// What all kept entries may add up to, in bytes: GeoJSON counts its length, anything else <see cref="ObjectEstimate"/>.
    /// Keys are bounded too (tolerance levels, known filter values), so this only caps the worst mix of them.
    /// </summary>
    public const long SizeLimit = 192L * 1024 * 1024;

    /// <summary>What a built object that is not bytes counts for: a whole dashboard view measures ~200 KB.</summary>
    private const long ObjectEstimate = 256 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly ConcurrentDictionary<(long Version, object Key), Lazy<Task<object?>>> _building = new();
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

    public bool TryGet<T>(object key, [MaybeNullWhen(false)] out T value) => _cache.TryGetValue((Version, key), out value);

    /// <summary>
    /// What <paramref name="build"/> gives, built once per version and key. Concurrent callers share one build; each
    /// stops waiting when its own <paramref name="ct"/> fires, while the build (given no caller's token, so one caller
    /// leaving cannot fail the others) completes and is kept for the next.
    /// </summary>
    public async Task<T> GetOrBuildAsync<T>(object key, Func<CancellationToken, Task<T>> build, CancellationToken ct)
    {
        // Read before building: what is built is at least as new as this version, never older than the key says.
        var entry = (Version, key);
        if (_cache.TryGetValue(entry, out T? kept)) return kept!;
        var flight = _building.GetOrAdd(entry, e => new Lazy<Task<object?>>(() => BuildAndKeepAsync(e, build)));
        return (T)(await flight.Value.WaitAsync(ct))!;
    }

    private async Task<object?> BuildAndKeepAsync<T>((long, object) entry, Func<CancellationToken, Task<T>> build)
    {
        try
        {
            var built = await build(CancellationToken.None);
            _cache.Set(entry, built, new MemoryCacheEntryOptions
            {
                SlidingExpiration = KeepUnused,
                Size = built is byte[] bytes ? Math.Max(1, bytes.LongLength) : ObjectEstimate,
            });
            return built;
        }
        finally
        {
            _building.TryRemove(entry, out _);
        }
    }

    public void Dispose() => _cache.Dispose();
}
