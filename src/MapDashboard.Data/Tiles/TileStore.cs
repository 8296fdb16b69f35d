using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Tiles;

/// <summary>
/// Builds vector tiles from the database (<see cref="VectorTileQueries"/>), one short-lived context per tile: the read
/// side of tiles, as <see cref="Ogc.FeatureStore"/> is of features, so the web layer asks for bytes and never sees EF.
/// </summary>
public sealed class TileStore(IDbContextFactory<MapDashboardDbContext> factory)
{
    /// <summary>The tile's MVT bytes (empty when nothing lies under it).</summary>
    public async Task<byte[]> BuildAsync(TileCollection collection, TileAddress tile, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await VectorTileQueries.TileAsync(db, collection, tile, ct);
    }
}
