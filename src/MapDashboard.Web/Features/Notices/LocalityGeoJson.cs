using System.Globalization;
using MapDashboard.Data;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard.Details;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Localization;
using MapDashboard.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Features;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Notices;

/// <summary>
/// The current notice's plotted localities as GeoJSON: boundary (point for a town) and what the popup needs, with level
/// and province names and figures in the request's culture.
/// </summary>
internal sealed class LocalityGeoJson(
    IDbContextFactory<MapDashboardDbContext> factory, IStringLocalizer<SharedResource> texts, ImportedData imported)
{
    // Every page load asks for this, and building it costs ~200 ms. Null (nothing imported) is kept too: an import
    // raises the data version.
    public Task<byte[]?> CurrentAsync(double tolerance, CancellationToken ct) =>
        imported.GetOrBuildAsync(("localities.geojson", tolerance, CultureInfo.CurrentCulture.Name), build => BuildAsync(tolerance, build), ct);

    private async Task<byte[]?> BuildAsync(double tolerance, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var noticeId = await PracticeQueries.CurrentNoticeIdAsync(db, ct);
        if (noticeId is null) return null;
        var rows = await LocalityQueries.PlottedAsync(db, noticeId, tolerance, ct);
        var figures = (await PracticeQueries.ListAsync(db, noticeId, DashboardFilter.None, ct))
            .SelectMany(p => p.Indicators.Where(i => i.Value is not null).Select(i => (p.Code, Figure: i)))
            .ToLookup(x => x.Code, x => x.Figure);
        var chinese = Cultures.IsChinese(CultureInfo.CurrentUICulture);
        var collection = new FeatureCollection();
        foreach (var r in rows)
        {
            var mine = figures[r.Code].ToList();
            collection.Add(new Feature(r.Boundary ?? r.Point, new AttributesTable
            {
                { "code", r.Code }, { "name_zh", r.NameZh }, { "name_en", r.NameEn }, { "pinyin", r.Pinyin },
                { "level", r.Level }, { "level_label", LevelLabels.Of(r.Level, texts) },
                { "province_code", r.ProvinceCode }, { "province_name_zh", r.ProvinceNameZh }, { "province_name_en", r.ProvinceNameEn },
                { "province_label", chinese ? r.ProvinceNameZh : r.ProvinceNameEn },
                { "measures", r.Measures.ToArray() }, { "themes", r.Themes.ToArray() },
                { "lon", Math.Round(r.Point.X, 5) }, { "lat", Math.Round(r.Point.Y, 5) },
                { "figures", mine.Select(f => FigureFormat.Chip(f, CultureInfo.CurrentCulture)).ToArray() },
                { "figures_repaired", mine.Select(f => f.Repaired).ToArray() },
            }));
        }
        return GeoJsonBytes.ToUtf8(collection);
    }
}
