namespace MapDashboard.Data.ReadModel;

/// <summary>A facet value with the number of distinct localities that have it.</summary>
public sealed record FacetCount(string Key, string Label, string LabelZh, int Localities);

/// <summary>
/// Counts beside each filter choice. Each facet is counted with the other facets' filters applied but not its own, so
/// picking a province does not make every other province read zero.
/// </summary>
public sealed record FacetCounts(
    IReadOnlyList<FacetCount> Measures,
    IReadOnlyList<FacetCount> Themes,
    IReadOnlyList<FacetCount> Provinces,
    IReadOnlyList<FacetCount> Levels,
    int Localities,
    int Practices);
