using System.Globalization;
using System.Text.Json;
using MapDashboard.Core.Output;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Resources;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace MapDashboard.Web.Features.Notices;

/// <summary>
/// A notice's plotted localities for the map, in the one locality vocabulary (Core's LocalityGeoJson), boundaries
/// simplified to the tolerance, with what the popup adds in the request's language: province_label, figures (chips)
/// and figures_repaired.
/// </summary>
public sealed class MapLocalities(NoticeReads reads, IStringLocalizer<SharedResource> texts)
{
    /// <summary>Kept per data version, notice, tolerance and language: every page load asks for it.</summary>
    public Task<byte[]> ForAsync(string noticeId, double tolerance, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentCulture;
        var chinese = Cultures.IsChinese(CultureInfo.CurrentUICulture);
        return reads.DerivedAsync(("localities.geojson", noticeId, tolerance, culture.Name, chinese),
            s => s.Find(noticeId) is { } n ? Write(n, tolerance, culture, chinese) : [], ct);
    }

    private byte[] Write(NoticeData notice, double tolerance, CultureInfo culture, bool chinese)
    {
        var figures = notice.Practices.SelectMany(p => p.Indicators.Where(i => i.Value is not null).Select(i => (p.Code, Figure: i)))
            .ToLookup(x => x.Code, x => x.Figure);
        return LocalityGeoJson.Write(
            LocalityFeatures.Plotted(notice, tolerance, level => LevelLabels.Of(level, texts)),
            notice.Id,
            (w, f) => Popup(w, f, figures[f.Code].ToList(), culture, chinese));
    }

    private static void Popup(Utf8JsonWriter w, LocalityFeature f, IReadOnlyList<IndicatorRow> figures, CultureInfo culture, bool chinese)
    {
        w.WriteString("province_label", chinese ? f.ProvinceNameZh : f.ProvinceNameEn);
        w.WriteStartArray("figures");
        foreach (var figure in figures) w.WriteStringValue(FigureFormat.Chip(figure, culture));
        w.WriteEndArray();
        w.WriteStartArray("figures_repaired");
        foreach (var figure in figures) w.WriteBooleanValue(figure.Repaired);
        w.WriteEndArray();
    }
}
