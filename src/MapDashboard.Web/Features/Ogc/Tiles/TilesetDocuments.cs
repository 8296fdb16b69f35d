using MapDashboard.Data.Tiles;

namespace MapDashboard.Web.Features.Ogc.Tiles;

/// <summary>
/// The JSON documents describing a collection's tiles: the OGC API - Tiles tileset list and tileset metadata (one
/// tileset, WebMercatorQuad) and a TileJSON 3.0.0 document for map libraries. Links are absolute, from the request.
/// </summary>
internal static class TilesetDocuments
{
    public const string TileMatrixSet = "WebMercatorQuad";
    public const string TileMatrixSetUri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public const string Crs = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private const string TilingSchemeRel = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";

    // What every feature in a tile carries (VectorTileQueries), as TileJSON and the tileset's layers describe it.
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["adcode"] = "GB/T 2260 code", ["name_zh"] = "Chinese name", ["name_en"] = "English name", ["level"] = "Administrative level",
    };

    public static string TilesetUrl(string baseUrl, TileCollection c) => $"{baseUrl}/ogc/collections/{c.Id}/tiles/{TileMatrixSet}";

    public static object TilesetList(string baseUrl, TileCollection c) => new
    {
        title = c.Title,
        links = new[]
        {
            Link("self", "application/json", $"{baseUrl}/ogc/collections/{c.Id}/tiles", "Tilesets of " + c.Title),
            Link("collection", "application/json", $"{baseUrl}/ogc/collections/{c.Id}", c.Title),
        },
        tilesets = new[] { Summary(baseUrl, c) },
    };

    public static object Tileset(string baseUrl, TileCollection c) => new
    {
        title = c.Title,
        description = c.Description,
        dataType = "vector",
        crs = Crs,
        tileMatrixSetURI = TileMatrixSetUri,
        links = Links(baseUrl, c),
        layers = new[] { c.Id, c.Id + "_labels" }.Select(id => new
        {
            id,
            dataType = "vector",
            geometryDimension = id.EndsWith("_labels", StringComparison.Ordinal) ? 0 : 2,
            minTileMatrix = "0",
            maxTileMatrix = TileAddress.MaxZoom.ToString(System.Globalization.CultureInfo.InvariantCulture),
            propertiesSchema = new { type = "object", properties = Fields.ToDictionary(f => f.Key, f => new { type = "string", title = f.Value }) },
        }),
    };

    public static object TileJson(string baseUrl, TileCollection c) => new
    {
        tilejson = "3.0.0",
        name = c.Title,
        description = c.Description,
        attribution = Shared.Geo.GeodataResources.Attribution,
        scheme = "xyz",
        tiles = new[] { TilesetUrl(baseUrl, c) + "/{z}/{y}/{x}" },
        minzoom = 0,
        maxzoom = TileAddress.MaxZoom,
        bounds = new[] { 73.0, 3.0, 136.0, 54.0 },
        center = new[] { 105.0, 35.0, 4 },
        vector_layers = new[] { c.Id, c.Id + "_labels" }.Select(id => new { id, fields = Fields, minzoom = 0, maxzoom = TileAddress.MaxZoom }),
    };

    private static object Summary(string baseUrl, TileCollection c) => new
    {
        title = c.Title, dataType = "vector", crs = Crs, tileMatrixSetURI = TileMatrixSetUri, links = Links(baseUrl, c),
    };

    private static object[] Links(string baseUrl, TileCollection c) =>
    [
        Link("self", "application/json", TilesetUrl(baseUrl, c), c.Title + " tileset"),
        Link(TilingSchemeRel, "application/json", TileMatrixSetUri, "WebMercatorQuad tile matrix set"),
        new { rel = "item", type = TileEndpoints.MvtContentType, href = TilesetUrl(baseUrl, c) + "/{tileMatrix}/{tileRow}/{tileCol}", templated = true, title = "Vector tiles" },
        Link("describedby", "application/json", TilesetUrl(baseUrl, c) + "/tilejson", "TileJSON"),
    ];

    private static object Link(string rel, string type, string href, string title) => new { rel, type, href, title };
}
