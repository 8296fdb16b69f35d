using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Features.Notices;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Features.Export;

/// <summary>
/// Downloads of what the dashboard shows. Every export takes the dashboard's own query string (p, l, m; the rest is
/// ignored), parsed by <see cref="DashboardUrl"/>, so a link's filter and its export always agree. The notice is
/// /api/notices/{id}/&lt;file&gt;, or notice= on /api/export/&lt;file&gt; (absent: the newest published notice).
/// A database that does not answer is DatabaseUnavailableHandler's 503, as for every read.
/// </summary>
internal static class ExportEndpoints
{
    public const string Prefix = "/api/export";
    public const string PracticesCsv = "practices.csv";
    public const string FiguresCsv = "figures.csv";
    public const string PracticesGeoJson = "practices.geojson";
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string Available = string.Join(", ", new[] { PracticesCsv, FiguresCsv, PracticesGeoJson }.Select(e => $"{Prefix}/{e}"));

    private sealed record Shape(string Dataset, string Extension, Func<NoticeData, IReadOnlyList<PracticeRow>, byte[]> Write, string ContentType);

    private static readonly IReadOnlyDictionary<string, Shape> Shapes = new Dictionary<string, Shape>
    {
        [PracticesCsv] = new("practices", "csv", (_, rows) => PracticeCsv.Practices(rows), PracticeCsv.ContentType),
        [FiguresCsv] = new("figures", "csv", (_, rows) => PracticeCsv.Figures(rows), PracticeCsv.ContentType),
        [PracticesGeoJson] = new("practices", "geojson", ExportGeoJson.Write, GeoEndpoints.GeoJsonContentType),
    };

    public static void MapExportEndpoints(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).RequireRateLimiting(RateLimits.ExportPolicy);
        foreach (var (file, shape) in Shapes)
            api.MapMethods("/" + file, GetHead, (HttpContext http, NoticeReads reads, CancellationToken ct) =>
                QueryParameters.TrySingle(http.Request.Query, NoticeRoutes.Parameter, out var notice, out var bad)
                    ? ExportAsync(http, reads, NoticeRoutes.Parameter, notice ?? ReadSnapshot.CurrentAlias, shape, ct)
                    : Task.FromResult(bad.ToResult()));
        api.MapMethods("/{**rest}", GetHead, (string? rest) => Results.Problem(statusCode: 404, title: "No such export",
            detail: $"'{ParameterErrors.Shown(rest)}' is not an export; use one of {Available}, with the dashboard's filter parameters (p, l, m) and notice=."));
    }

    /// <summary>The same exports under /api/notices/{id}/ (the group carries the id and the rate limit).</summary>
    public static void MapScopedExports(RouteGroupBuilder notice)
    {
        foreach (var (file, shape) in Shapes)
            notice.MapMethods("/" + file, GetHead, (string id, HttpContext http, NoticeReads reads, CancellationToken ct) =>
                ExportAsync(http, reads, "id", id, shape, ct));
    }

    private static async Task<IResult> ExportAsync(HttpContext http, NoticeReads reads, string parameter, string noticeId, Shape shape, CancellationToken ct)
    {
        var problems = new List<ParameterProblem>();
        var filter = DashboardUrl.ParseFilter(QueryHelpers.ParseQuery(http.Request.QueryString.Value), problems);
        if (problems.Count > 0) return problems[0].ToResult();
        if (!NoticeRoutes.TryFind(await reads.SnapshotAsync(ct), parameter, noticeId, out var notice, out var problem)) return problem;
        var bytes = shape.Write(notice, notice.List(filter));
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(ExportFileName.For(notice.Id, shape.Dataset, filter, shape.Extension));
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return GeoEndpoints.CachedBytes(http, bytes, shape.ContentType);
    }
}
