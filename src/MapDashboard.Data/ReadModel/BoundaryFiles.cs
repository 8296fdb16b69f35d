using System.Text.Json;
using MapDashboard.Data.Queries;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Data.ReadModel;

/// <summary>
/// Boundaries of one administrative level as GeoJSON bytes (the base map's provinces, prefectures, counties):
/// label_lon/label_lat place a unit's label. Kept under the data version by <see cref="NoticeReadModel"/>, so every
/// page load after the first is answered from memory.
/// </summary>
public sealed class BoundaryFiles(NoticeReadModel readModel)
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public Task<byte[]> ForLevelAsync(string level, double tolerance, CancellationToken ct) =>
        readModel.FromDatabaseAsync(("boundaries.geojson", level, tolerance), async (db, c) =>
        {
            var rows = await BoundaryQueries.AtLevelAsync(db, level, tolerance, c);
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
            return JsonSerializer.SerializeToUtf8Bytes(collection, Options);
        }, ct);
}
