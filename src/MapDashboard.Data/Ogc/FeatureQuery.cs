namespace MapDashboard.Data.Ogc;

/// <summary>A bounding box in CRS84 (longitude, latitude), already checked: west ≤ east, south ≤ north.</summary>
public sealed record Bbox(double West, double South, double East, double North);

/// <summary>
/// One page of a collection's items, parameters already validated. Filters are equality on queryables; null = no filter.
/// <paramref name="Notice"/> null = the newest published notice. <paramref name="Known"/>: numberMatched counted
/// before at a data version; the statement uses it while the version is unchanged instead of counting again.
/// </summary>
public sealed record FeatureQuery(FeatureCollection Collection, int Limit, int Offset, Bbox? Bbox = null,
    string? Province = null, string? Level = null, int? Measure = null, int? Theme = null, string? Notice = null,
    KnownCount? Known = null)
{
    /// <summary>What numberMatched depends on: the query without its paging (a key for counts).</summary>
    public FeatureQuery Filter => this with { Limit = 0, Offset = 0, Known = null };
}

/// <summary>A numberMatched and the data version it was counted at.</summary>
public sealed record KnownCount(long Version, long Count);
