namespace MapDashboard.Data.Tiles;

/// <summary>
/// One collection served as vector tiles: its id (the OGC API path segment and the MVT layer name) and which rows of
/// admin_units it holds, as a SQL condition on the alias <c>u</c>.
/// </summary>
public sealed record TileCollection(string Id, string Title, string Description, string Where)
{
    /// <summary>Provinces, prefectures, counties (every county-tier unit) and the pilot localities of the current notice.</summary>
    public static IReadOnlyList<TileCollection> All { get; } =
    [
        new("provinces", "Provinces", "Province-level units (省级), boundaries of the geodata.", "u.level = 'province'"),
        new("prefectures", "Prefectures", "Prefecture-level units (地级), boundaries of the geodata.", "u.level = 'prefecture'"),
        new("counties", "Counties", "County-level units (县级: counties, county-level cities, districts), boundaries of the geodata.",
            "u.level IN ('county_city', 'county', 'district')"),
        // A town has no boundary: it is drawn as its point.
        new("localities", "Pilot localities", "Units named as pilot localities by the most recently imported notice.",
            """
            u.code IN (SELECT p.admin_code FROM practices p
                       WHERE p.notice_id = (SELECT n.id FROM notices n ORDER BY n.imported_at DESC LIMIT 1))
            """),
    ];

    public static TileCollection? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
