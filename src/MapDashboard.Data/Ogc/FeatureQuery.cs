namespace MapDashboard.Data.Ogc;

/// <summary>A bounding box in CRS84 (longitude, latitude), already checked: west ≤ east, south ≤ north.</summary>
public sealed record Bbox(double West, double South, double East, double North);

/// <summary>
/// One page of a collection's items, parameters already validated. Filters are equality on queryables; null = no filter.
/// <paramref name="Notice"/> null = the newest published notice.
/// </summary>
public sealed record FeatureQuery(FeatureCollection Collection, int Limit, int Offset, Bbox? Bbox = null,
    string? Province = null, string? Level = null, int? Measure = null, int? Theme = null, string? Notice = null);
