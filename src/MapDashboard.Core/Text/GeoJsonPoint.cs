using System.Text.Json;

namespace MapDashboard.Core.Text;

/// <summary>Writes an RFC 7946 Point geometry (lon, lat; six decimals ≈ 0.1 m) for the hand-written GeoJSON files.</summary>
public static class GeoJsonPoint
{
    public static void Write(Utf8JsonWriter w, double longitude, double latitude)
    {
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(Math.Round(longitude, 6));
        w.WriteNumberValue(Math.Round(latitude, 6));
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
