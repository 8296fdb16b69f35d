namespace MapDashboard.Core.Geography;

/// <summary>Administrative level of a unit in the GB/T 2260 hierarchy (plus towns from the NBS statistical codes).</summary>
public enum AdminLevel
{
    Province,
    Prefecture,
    /// <summary>County-level city (县级市), e.g. 公主岭市.</summary>
    CountyCity,
    /// <summary>County, banner, autonomous county (县, 旗, 自治县).</summary>
    County,
    /// <summary>Municipal district (市辖区).</summary>
    District,
    /// <summary>Town, township or sub-district (镇, 乡, 街道); 9-digit code.</summary>
    Town,
}

public static class AdminLevelNames
{
    /// <summary>Every level's code, largest first: the one list of levels that filters check and facets sort by.</summary>
    public static IReadOnlyList<string> Codes { get; } = Enum.GetValues<AdminLevel>().Select(ToCode).ToArray();

    /// <summary>The county tier (县级): county-level cities, counties and districts, the OGC API's and tiles' "counties".</summary>
    public static IReadOnlyList<string> CountyTier { get; } =
        new[] { AdminLevel.CountyCity, AdminLevel.County, AdminLevel.District }.Select(ToCode).ToArray();

    /// <summary>The levels whose units have boundaries (every one but towns, which are points).</summary>
    public static IReadOnlyList<string> WithBoundaries { get; } =
        Enum.GetValues<AdminLevel>().Where(l => l != AdminLevel.Town).Select(ToCode).ToArray();

    public static string ToCode(this AdminLevel level) => level switch
    {
        AdminLevel.Province => "province",
        AdminLevel.Prefecture => "prefecture",
        AdminLevel.CountyCity => "county_city",
        AdminLevel.County => "county",
        AdminLevel.District => "district",
        AdminLevel.Town => "town",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static AdminLevel Parse(string code) => code switch
    {
        "province" => AdminLevel.Province,
        "prefecture" => AdminLevel.Prefecture,
        "county_city" => AdminLevel.CountyCity,
        "county" => AdminLevel.County,
        "district" => AdminLevel.District,
        "town" => AdminLevel.Town,
        _ => throw new FormatException($"Unknown administrative level '{code}'. Expected province, prefecture, county_city, county, district or town."),
    };
}
