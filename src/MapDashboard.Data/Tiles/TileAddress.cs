namespace MapDashboard.Data.Tiles;

/// <summary>A tile of the WebMercatorQuad tile matrix set (EPSG:3857, 256 px tiles, row 0 at the top).</summary>
public readonly record struct TileAddress(int Z, int X, int Y)
{
    /// <summary>The deepest zoom served: beyond it a tile would only enlarge the source's precision (about 1 m).</summary>
    public const int MaxZoom = 18;

    /// <summary>The degrees one screen pixel covers at this zoom along the equator.</summary>
    public double PixelDegrees => 360.0 / (256.0 * (1L << Z));

    public bool IsValid => Z is >= 0 and <= MaxZoom && X >= 0 && Y >= 0 && X < 1L << Z && Y < 1L << Z;

    public override string ToString() => $"{Z}/{Y}/{X}";
}
