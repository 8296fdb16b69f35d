using MapDashboard.Data;
using MapDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Features;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Shared.Geo;

/// <summary>Boundaries of one administrative level as a GeoJSON FeatureCollection; label_lon/label_lat place the unit's label.</summary>
internal sealed class BoundaryGeoJson(IDbContextFactory<MapDashboardDbContext> factory, ImportedData imported)
{
    // Every page load draws the provinces: reuse spares the query and the simplification.

    public Task<byte[]> ForLevelAsync(string level, double tolerance, CancellationToken ct) =>
        imported.GetOrBuildAsync(("boundaries.geojson", level, tolerance), build => BuildAsync(level, tolerance, build), ct);

    private async Task<byte[]> BuildAsync(string level, double tolerance, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await BoundaryQueries.AtLevelAsync(db, level, tolerance, ct);
        var collection = new FeatureCollection();
        foreach (var r in rows)
        {
            collection.Add(new Feature(r.Boundary, new AttributesTable
            {
                { "code", r.Code }, { "level", r.Level }, { "name_zh", r.NameZh }, { "name_en", r.NameEn },
                { "province_code", r.ProvinceCode }, { "short_name_zh", r.ShortNameZh }, { "pinyin", r.Pinyin },
                { "label_lon", Math.Round(r.Label.X, 4) }, { "label_lat", Math.Round(r.Label.Y, 4) },
            }));
        }
        return GeoJsonBytes.ToUtf8(collection);
    }
}
