using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Web.Features.Geo;

/// <summary>Serialises NTS features to GeoJSON bytes (never through the circuit: System.Text.Json alone throws on envelopes).</summary>
internal static class GeoJsonWriter
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static byte[] ToUtf8(FeatureCollection features) => JsonSerializer.SerializeToUtf8Bytes(features, Options);
}
