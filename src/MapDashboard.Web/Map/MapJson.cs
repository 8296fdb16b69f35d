using System.Text.Json;
using System.Text.Json.Serialization;

namespace MapDashboard.Web.Map;

/// <summary>
/// What the map's scripts are given, written as JSON here, once per call, with one source-generated context that every
/// circuit shares, and handed to IJSRuntime as a <see cref="JsonElement"/> (written out as it is; the script receives
/// the same object as before). A record handed to IJSRuntime directly is described again by each circuit's own
/// serializer (its options hold converters bound to that circuit, so nothing is shared): reflection and emitted
/// accessors for every type, kept for the circuit's life (bench/README.md, circuits).
/// </summary>
internal static class MapJson
{
    public static JsonElement Of(MapOptions value) => JsonSerializer.SerializeToElement(value, MapJsonContext.Default.MapOptions);

    public static JsonElement Of(BaseMapOptions value) => JsonSerializer.SerializeToElement(value, MapJsonContext.Default.BaseMapOptions);

    public static JsonElement Of(LocalityLayerOptions value) => JsonSerializer.SerializeToElement(value, MapJsonContext.Default.LocalityLayerOptions);

    public static JsonElement Of(ChoroplethLayerOptions value) => JsonSerializer.SerializeToElement(value, MapJsonContext.Default.ChoroplethLayerOptions);

    public static JsonElement Of(PlaceToShow value) => JsonSerializer.SerializeToElement(value, MapJsonContext.Default.PlaceToShow);

    public static JsonElement Of(MapExportRequest value) => JsonSerializer.SerializeToElement(value, MapJsonContext.Default.MapExportRequest);

    public static MapExportResult? ExportResult(JsonElement value) => value.Deserialize(MapJsonContext.Default.MapExportResult);
}

/// <summary>The names JSRuntime gives (camelCase properties, dictionary keys as they are), so the scripts see no change.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MapOptions))]
[JsonSerializable(typeof(BaseMapOptions))]
[JsonSerializable(typeof(LocalityLayerOptions))]
[JsonSerializable(typeof(ChoroplethLayerOptions))]
[JsonSerializable(typeof(PlaceToShow))]
[JsonSerializable(typeof(MapExportRequest))]
[JsonSerializable(typeof(MapExportResult))]
internal sealed partial class MapJsonContext : JsonSerializerContext;

/// <summary>A place of the gazetteer that is not a pilot, as showPlace draws it: names, a note (text, never HTML), where it is.</summary>
internal sealed record PlaceToShow(string Code, string NameZh, string NameEn, string Note, double Latitude, double Longitude,
    MapDashboard.Data.Search.PlaceBounds? Bounds);
