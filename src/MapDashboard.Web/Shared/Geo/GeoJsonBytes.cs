using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Web.Shared.Geo;

/// <summary>NTS features to and from GeoJSON bytes (never through the circuit: System.Text.Json alone throws on envelopes).</summary>
internal static class GeoJsonBytes
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static byte[] ToUtf8(FeatureCollection features) => JsonSerializer.SerializeToUtf8Bytes(features, Options);

    public static FeatureCollection Read(byte[] utf8) =>
        JsonSerializer.Deserialize<FeatureCollection>(utf8, Options) ?? throw new JsonException("The GeoJSON is null.");
}
