using MapDashboard.Data;
using MapDashboard.Data.Tiles;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MapDashboard.Web.Features.Ogc.Tiles;

/// <summary>
/// Built tiles kept in memory under the data version (<see cref="ImportedData.Version"/>): an import raises the version
/// and the next request builds afresh. Bounded by <see cref="SizeLimit"/> bytes (least recently used go first); a tile
/// counts its length. Apart from <see cref="ImportedData"/>'s cache so that panning over many tiles cannot push the
/// dashboard's views out.
/// </summary>
internal sealed class VectorTileCache(IDbContextFactory<MapDashboardDbContext> factory, ImportedData imported) : IDisposable
{
    public const long SizeLimit = 64L * 1024 * 1024;
    private static readonly TimeSpan KeepUnused = TimeSpan.FromMinutes(30);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    /// <summary>The version the tiles are built from; read from the database while the watcher has not yet.</summary>
    public async Task<long> VersionAsync(CancellationToken ct)
    {
        if (imported.Version == 0) await imported.RefreshAsync(ct);
        return imported.Version;
    }

    public async Task<byte[]> GetAsync(long version, TileCollection collection, TileAddress tile, CancellationToken ct)
    {
        var key = (version, collection.Id, tile);
        if (_cache.TryGetValue(key, out byte[]? kept)) return kept!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var built = await VectorTileQueries.TileAsync(db, collection, tile, ct);
        _cache.Set(key, built, new MemoryCacheEntryOptions { Size = Math.Max(64, built.LongLength), SlidingExpiration = KeepUnused });
        return built;
    }

    public void Dispose() => _cache.Dispose();
}
