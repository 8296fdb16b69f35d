namespace MapDashboard.Data.Ogc;

/// <summary>What a collection's features are drawn from.</summary>
public enum FeatureSource
{
    /// <summary>Administrative units of the given levels; id = adcode.</summary>
    AdminUnits,
    /// <summary>Units a notice credits with at least one practice; id = adcode.</summary>
    Localities,
    /// <summary>One feature per locality and measure of a notice; id = "{adcode}-{measure}".</summary>
    Practices,
}

/// <summary>One collection of the OGC API: its id, where its rows come from and what it can be filtered on.</summary>
public sealed record FeatureCollection(string Id, string Title, string Description, FeatureSource Source,
    IReadOnlyList<string> Levels, IReadOnlyList<string> Queryables)
{
    /// <summary>Localities and practices belong to a notice (the <c>notice</c> parameter).</summary>
    public bool OfNotice => Source != FeatureSource.AdminUnits;
}

/// <summary>The five collections, in the order /ogc/collections lists them.</summary>
public static class FeatureCollections
{
    public const string Province = "province";
    public const string Level = "level";
    public const string Measure = "measure";
    public const string Theme = "theme";

    private static readonly string[] AllLevels = ["province", "prefecture", "county_city", "county", "district", "town"];
    private static readonly string[] UnitQueryables = [Province, Level];
    private static readonly string[] NoticeQueryables = [Province, Level, Measure, Theme];

    public static IReadOnlyList<FeatureCollection> All { get; } =
    [
        new("localities", "Pilot localities",
            "Every locality the notice credits with a practice: its boundary as stored (a representative point for towns), " +
            "the measures and themes it is named under.", FeatureSource.Localities, AllLevels, NoticeQueryables),
        new("practices", "Practices (locality × measure)",
            "One feature per locality and measure of the notice, at the locality's representative point: the excerpt and " +
            "the figures read from it (figures: value, unit, qualifier, source text, repaired).", FeatureSource.Practices,
            AllLevels, NoticeQueryables),
        new("provinces", "Provinces", "Provincial-level units (GB/T 2260), boundaries as stored; id = adcode.",
            FeatureSource.AdminUnits, ["province"], UnitQueryables),
        new("prefectures", "Prefectures", "Prefecture-level units (GB/T 2260), boundaries as stored; id = adcode.",
            FeatureSource.AdminUnits, ["prefecture"], UnitQueryables),
        new("counties", "Counties and districts",
            "County-level units (counties, county-level cities, districts; GB/T 2260), boundaries as stored; id = adcode.",
            FeatureSource.AdminUnits, ["county_city", "county", "district"], UnitQueryables),
    ];

    private static readonly Dictionary<string, FeatureCollection> ById = All.ToDictionary(c => c.Id);

    public static FeatureCollection? Find(string id) => ById.GetValueOrDefault(id);
}
