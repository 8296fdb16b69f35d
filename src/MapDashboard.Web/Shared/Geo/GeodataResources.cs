namespace MapDashboard.Web.Shared.Geo;

/// <summary>The committed geodata files the base map needs, embedded in this assembly (see MapDashboard.Web.csproj).</summary>
internal static class GeodataResources
{
    private static readonly Lazy<byte[]> LinesBytes = new(() => Read("geodata/lines.geojson"));
    private static readonly Lazy<string> AttributionLine = new(() =>
        System.Text.Encoding.UTF8.GetString(Read("geodata/attribution.txt")).Trim().Split('\n')[0].Trim());

    /// <summary>geodata/lines.geojson: the national border and special lines, property "kind".</summary>
    public static byte[] Lines => LinesBytes.Value;

    /// <summary>The first line of geodata/attribution.txt: what the map must credit.</summary>
    public static string Attribution => AttributionLine.Value;

    private static byte[] Read(string name)
    {
        using var stream = typeof(GeodataResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in {typeof(GeodataResources).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
