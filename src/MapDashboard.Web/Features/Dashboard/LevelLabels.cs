namespace MapDashboard.Web.Features.Dashboard;

/// <summary>How the stored administrative levels read in the interface.</summary>
public static class LevelLabels
{
    public static string Of(string level) => level switch
    {
        "province" => "Province",
        "prefecture" => "Prefecture-level city",
        "county_city" => "County-level city",
        "county" => "County",
        "district" => "District",
        "town" => "Town",
        _ => level,
    };
}
