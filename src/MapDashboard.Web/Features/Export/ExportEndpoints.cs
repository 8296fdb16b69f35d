using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Features.Export;

/// <summary>
/// Downloads of what the dashboard shows. Every export takes the dashboard's own query string (p, l, m; the rest is
/// ignored), parsed by <see cref="DashboardUrl"/>, so a link's filter and its export always agree.
/// </summary>
internal static class ExportEndpoints
{
    public const string Prefix = "/api/export";
    public const string PracticesCsv = "practices.csv";
    public const string FiguresCsv = "figures.csv";
    public const string PracticesGeoJson = "practices.geojson";
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string Available = string.Join(", ", new[] { PracticesCsv, FiguresCsv, PracticesGeoJson }.Select(e => $"{Prefix}/{e}"));

    public static void MapExportEndpoints(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).RequireRateLimiting(RateLimits.ExportPolicy);
        api.MapMethods("/" + PracticesCsv, GetHead, (HttpContext http, ExportData data, CancellationToken ct) =>
            ExportAsync(http, data, "practices", "csv", withPoints: false, set => (PracticeCsv.Practices(set.Rows), PracticeCsv.ContentType), ct));
        api.MapMethods("/" + FiguresCsv, GetHead, (HttpContext http, ExportData data, CancellationToken ct) =>
            ExportAsync(http, data, "figures", "csv", withPoints: false, set => (PracticeCsv.Figures(set.Rows), PracticeCsv.ContentType), ct));
        api.MapMethods("/" + PracticesGeoJson, GetHead, (HttpContext http, ExportData data, CancellationToken ct) =>
            ExportAsync(http, data, "practices", "geojson", withPoints: true, set => (PracticeGeoJson.Write(set), PracticeGeoJson.ContentType), ct));
        api.MapMethods("/{**rest}", GetHead, (string? rest) => Results.Problem(statusCode: 404, title: "No such export",
            detail: $"'{ParameterErrors.Shown(rest)}' is not an export; use one of {Available}, with the dashboard's filter parameters (p, l, m)."));
    }

    private static async Task<IResult> ExportAsync(HttpContext http, ExportData data, string dataset, string extension,
        bool withPoints, Func<ExportSet, (byte[] Bytes, string ContentType)> shape, CancellationToken ct)
    {
        var problems = new List<ParameterProblem>();
        var filter = DashboardUrl.ParseFilter(QueryHelpers.ParseQuery(http.Request.QueryString.Value), problems);
        if (problems.Count > 0) return problems[0].ToResult();
        ExportSet? set;
        try
        {
            set = await data.LoadAsync(filter, withPoints, ct);
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            return Results.Problem(statusCode: 503, title: "Database unavailable", detail: "The export could not be read; try again shortly.");
        }
        if (set is null)
            return Results.Problem(statusCode: 404, title: "No notice imported", detail: "Import the seeds (scripts/run does) and try again.");
        var (bytes, contentType) = shape(set);
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(ExportFileName.For(set.NoticeId, dataset, filter, extension));
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return GeoEndpoints.CachedBytes(http, bytes, contentType);
    }
}
