using Npgsql;

namespace MapDashboard.Data.Ogc;

/// <summary>The spatial extent of every collection (CRS84 west, south, east, north), for the collections' metadata.</summary>
public static class FeatureExtents
{
    private const string Sql = """
        WITH notice AS (SELECT id FROM notices WHERE status = 'published' ORDER BY published_at DESC NULLS LAST, id LIMIT 1),
        extents AS (
          SELECT 'provinces' AS id, ST_Extent(boundary) AS e FROM admin_units WHERE level = 'province'
          UNION ALL SELECT 'prefectures', ST_Extent(boundary) FROM admin_units WHERE level = 'prefecture'
          UNION ALL SELECT 'counties', ST_Extent(boundary) FROM admin_units WHERE level IN ('county_city', 'county', 'district')
          UNION ALL SELECT 'localities', ST_Extent(COALESCE(boundary, point)) FROM admin_units
                    WHERE code IN (SELECT admin_code FROM practices WHERE notice_id = (SELECT id FROM notice)))
        SELECT id, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM extents WHERE e IS NOT NULL
        """;

    public static async Task<IReadOnlyDictionary<string, Bbox>> ReadAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var extents = new Dictionary<string, Bbox>();
        while (await reader.ReadAsync(ct))
            extents[reader.GetString(0)] = new Bbox(reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4));
        // Practices sit at their localities' points, inside the localities' extent.
        if (extents.TryGetValue("localities", out var localities)) extents["practices"] = localities;
        return extents;
    }
}
