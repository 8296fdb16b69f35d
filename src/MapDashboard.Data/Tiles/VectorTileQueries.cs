using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MapDashboard.Data.Tiles;

/// <summary>
/// Mapbox vector tiles built by PostGIS in one query per tile: the GiST index on admin_units.boundary finds the units
/// under the tile, each is simplified for the zoom (stored boundaries keep source detail) and clipped by ST_AsMVTGeom.
/// </summary>
public static class VectorTileQueries
{
    /// <summary>Tile units per tile side; ST_AsMVTGeom quantises to this grid.</summary>
    public const int Extent = 4096;

    /// <summary>Units of <see cref="Extent"/> drawn beyond the tile edge, so strokes do not end at tile seams.</summary>
    private const int Buffer = 64;

    /// <summary>
    /// The tile's bytes (empty when nothing lies under it): layer <c>{collection id}</c> with the boundaries (a town,
    /// which has none, as its point) and layer <c>{collection id}_labels</c> with each unit's representative point, in
    /// the one tile that holds it, so a client labels each unit once. Properties: adcode, name_zh, name_en, level.
    /// </summary>
    public static async Task<byte[]> TileAsync(MapDashboardDbContext db, TileCollection collection, TileAddress tile, CancellationToken ct)
    {
        // A quarter of a screen pixel: invisible, while a county at zoom 5 keeps tens of vertices instead of thousands.
        // ST_SimplifyPreserveTopology never drops a part or collapses a ring; a part smaller than a tile unit goes in
        // ST_AsMVTGeom, which is what drawing it would do anyway.
        var tolerance = tile.PixelDegrees / 4;
        var sql = $"""
            WITH bounds AS (
              SELECT ST_TileEnvelope(@z, @x, @y) AS mercator, ST_Transform(ST_TileEnvelope(@z, @x, @y), 4326) AS degrees),
            units AS (
              SELECT u.code, u.name_zh, u.name_en, u.level, u.boundary, u.point
              FROM admin_units u, bounds b
              WHERE ({collection.Where})
                AND ((u.boundary IS NOT NULL AND u.boundary && b.degrees AND ST_Intersects(u.boundary, b.degrees))
                  OR (u.boundary IS NULL AND u.point && b.degrees))),
            shapes AS (
              SELECT u.code AS adcode, u.name_zh, u.name_en, u.level,
                     ST_AsMVTGeom(ST_Transform(ST_RemoveRepeatedPoints(
                         COALESCE(ST_SimplifyPreserveTopology(u.boundary, @tolerance), u.point), @tolerance / 4), 3857),
                       b.mercator, {Extent}, {Buffer}, true) AS geom
              FROM units u, bounds b),
            labels AS (
              SELECT u.code AS adcode, u.name_zh, u.name_en, u.level,
                     ST_AsMVTGeom(ST_Transform(u.point, 3857), b.mercator, {Extent}, 0, true) AS geom
              FROM units u, bounds b
              WHERE u.point && b.degrees)
            SELECT (SELECT COALESCE(ST_AsMVT(s, @layer, {Extent}, 'geom'), ''::bytea) FROM shapes s WHERE s.geom IS NOT NULL)
                || (SELECT COALESCE(ST_AsMVT(l, @labels, {Extent}, 'geom'), ''::bytea) FROM labels l WHERE l.geom IS NOT NULL)
                AS "Value"
            """;
        return await db.Database.SqlQueryRaw<byte[]>(sql,
                new NpgsqlParameter<int>("z", tile.Z), new NpgsqlParameter<int>("x", tile.X), new NpgsqlParameter<int>("y", tile.Y),
                new NpgsqlParameter<double>("tolerance", tolerance),
                new NpgsqlParameter<string>("layer", collection.Id), new NpgsqlParameter<string>("labels", collection.Id + "_labels"))
            .SingleAsync(ct);
    }
}
