using MapDashboard.Data.ReadModel;
using System.IO.Compression;
using MapDashboard.Data;
using MapDashboard.Data.Tiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MapDashboard.Web.Features.Ogc.Tiles;

/// <summary>
/// Built tiles kept in memory under the data version (<see cref="NoticeReadModel.Version"/>): an import raises the version
/// and the next request builds afresh. Bounded by <see cref="SizeLimit"/> bytes (least recently used go first); a tile
/// counts its length. Apart from <see cref="NoticeReadModel"/>'s cache so that panning over many tiles cannot push the
/// dashboard's views out. A tile is kept as built and gzipped (compressed once, not on every response: a county tile at
/// zoom 5 is ~110 KB, ~40 KB gzipped).
/// </summary>
internal sealed class VectorTileCache(IDbContextFactory<MapDashboardDbContext> factory, NoticeReadModel imported) : IDisposable
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

    public async Task<BuiltTile> GetAsync(long version, TileCollection collection, TileAddress tile, CancellationToken ct)
    {
        var key = (version, collection.Id, tile);
        if (_cache.TryGetValue(key, out BuiltTile? kept)) return kept!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var raw = await VectorTileQueries.TileAsync(db, collection, tile, ct);
        var built = new BuiltTile(raw, Gzip(raw));
        _cache.Set(key, built, new MemoryCacheEntryOptions
        {
            Size = Math.Max(64, raw.LongLength + built.Gzipped.LongLength), SlidingExpiration = KeepUnused,
        });
        return built;
    }

    private static byte[] Gzip(byte[] raw)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal)) gzip.Write(raw);
        return buffer.ToArray();
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>A tile's bytes as built and gzipped.</summary>
internal sealed record BuiltTile(byte[] Raw, byte[] Gzipped);
