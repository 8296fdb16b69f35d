namespace MapDashboard.Web.Map;

/// <summary>Classes of a choropleth: class i holds counts up to UpperBounds[i]; the legend and the map share it.</summary>
public sealed record ChoroplethScale(IReadOnlyList<int> UpperBounds, IReadOnlyList<string> Colors)
{
    private static readonly string[] Blues = ["#deebf7", "#9ecae1", "#4292c6", "#08519c"];

    /// <summary>Up to four classes over 1..max, each at least one wide.</summary>
    public static ChoroplethScale For(int max)
    {
        if (max <= 1) return new ChoroplethScale([1], [Blues[2]]);
        var classes = Math.Min(4, max);
        var bounds = Enumerable.Range(1, classes).Select(i => (int)Math.Ceiling(max * i / (double)classes)).Distinct().ToList();
        return new ChoroplethScale(bounds, Blues[^bounds.Count..]);
    }

    /// <summary>Legend rows: "1", "2–3", ….</summary>
    public IEnumerable<(string Label, string Color)> Legend()
    {
        var low = 1;
        for (var i = 0; i < UpperBounds.Count; i++)
        {
            var high = UpperBounds[i];
            yield return (low == high ? $"{high}" : $"{low}–{high}", Colors[i]);
            low = high + 1;
        }
    }
}
