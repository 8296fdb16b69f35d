using System.Collections.Concurrent;
using MapDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace MapDashboard.Data.ReadModel;

/// <summary>
/// The one read side: every page, API, export and the OGC API ask this, never EF. It holds one <see cref="ReadSnapshot"/>
/// per data version (shared by all circuits), built through one context when a write has raised the version
/// (<see cref="DataVersionQueries"/>), never on a timer, and whatever is derived from a snapshot (GeoJSON bytes per tolerance
/// and language, boundary files) under the same version.
/// The memory is bounded (<see cref="SizeLimit"/>; least recently used entries go first) and each key is built by one
/// caller at a time: the others wait for that build instead of starting their own.
/// Failures: a database that does not answer throws what <see cref="DatabaseFailure.Is"/> recognises; pages turn it
/// into their recovery state, APIs into 503 problem+json (one policy, applied by the caller's layer).
/// </summary>
public sealed class NoticeReadModel(IDbContextFactory<MapDashboardDbContext> factory, ILogger<NoticeReadModel> log) : IDisposable
{
    // Superseded versions, and tolerances or languages nobody asks for again, leave memory after this long unused.
    private static readonly TimeSpan KeepUnused = TimeSpan.FromMinutes(10);

    /// <summary>What all kept entries may add up to, in bytes: bytes count their length, a snapshot <see cref="SnapshotEstimate"/>.</summary>
    public const long SizeLimit = 192L * 1024 * 1024;

    /// <summary>What a snapshot counts for: one notice with its boundaries measures a few MB.</summary>
    private const long SnapshotEstimate = 8L * 1024 * 1024;

    /// <summary>What any other derived object counts for.</summary>
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
            if (before != current) log.LogInformation("Imported data version {Version}: the read model is rebuilt on next use", current);
            return before != current;
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            log.LogDebug(e, "Data version not read: database unavailable");
            return false;
        }
    }

    /// <summary>The snapshot of the version last read (read first when never read); built once per version.</summary>
    public async Task<ReadSnapshot> SnapshotAsync(CancellationToken ct)
    {
        if (Version == 0) await RefreshAsync(ct);
        return await GetOrBuildAsync<ReadSnapshot>(SnapshotKey.Instance, BuildSnapshotAsync, ct);
    }

    /// <summary>The snapshot when it is in memory already (no database call); null otherwise.</summary>
    public ReadSnapshot? SnapshotIfBuilt() =>
        _cache.TryGetValue((Version, (object)SnapshotKey.Instance), out ReadSnapshot? kept) ? kept : null;

    /// <summary>
    /// What <paramref name="derive"/> makes of the current snapshot, kept under the snapshot's version and
    /// <paramref name="key"/> (GeoJSON bytes, files): built once, shared by every caller.
    /// </summary>
    public async Task<T> DerivedAsync<T>(object key, Func<ReadSnapshot, T> derive, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(ct);
        return await GetOrBuildAsync(key, _ => Task.FromResult(derive(snapshot)), ct, snapshot.Version);
    }

    /// <summary>What <paramref name="build"/> reads with its own context, kept under the current version and <paramref name="key"/>.</summary>
    public async Task<T> FromDatabaseAsync<T>(object key, Func<MapDashboardDbContext, CancellationToken, Task<T>> build, CancellationToken ct)
    {
        if (Version == 0) await RefreshAsync(ct);
        return await GetOrBuildAsync(key, async c =>
        {
            await using var db = await factory.CreateDbContextAsync(c);
            return await build(db, c);
        }, ct);
    }

    /// <summary>
    /// What <paramref name="build"/> reads on its own (the OGC API's extents, through its own connection), kept under the
    /// current version and <paramref name="key"/> like everything else here.
    /// </summary>
    public async Task<T> KeptAsync<T>(object key, Func<CancellationToken, Task<T>> build, CancellationToken ct)
    {
        if (Version == 0) await RefreshAsync(ct);
        return await GetOrBuildAsync(key, build, ct);
    }

    private async Task<ReadSnapshot> BuildSnapshotAsync(CancellationToken ct)
    {
        // Labelled with the version read before the build starts: what is built is at least as new as its label.
        var version = Version;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await SnapshotBuilder.BuildAsync(db, version, ct);
    }

    /// <summary>
    /// Built once per version and key. Concurrent callers share one build; each stops waiting when its own
    /// <paramref name="ct"/> fires, while the build (given no caller's token, so one caller leaving cannot fail the
    /// others) completes and is kept for the next.
    /// </summary>
    private async Task<T> GetOrBuildAsync<T>(object key, Func<CancellationToken, Task<T>> build, CancellationToken ct, long? version = null)
    {
        var entry = (version ?? Version, key);
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
                Size = built switch
                {
                    byte[] bytes => Math.Max(1, bytes.LongLength),
                    ReadSnapshot => SnapshotEstimate,
                    _ => ObjectEstimate,
                },
            });
            return built;
        }
        finally
        {
            _building.TryRemove(entry, out _);
        }
    }

    public void Dispose() => _cache.Dispose();

    private sealed class SnapshotKey
    {
        public static readonly SnapshotKey Instance = new();
    }
}
