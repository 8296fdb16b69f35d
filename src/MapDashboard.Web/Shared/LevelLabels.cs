using MapDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MapDashboard.Web.Shared;

/// <summary>How the stored administrative levels read in the interface.</summary>
public static class LevelLabels
{
    /// <summary>English, for exports: files read the same whatever the language of the screen.</summary>
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

    /// <summary>In the interface's language (省, 地级市, 县级市, 县, 市辖区, 镇 in Chinese); unknown levels as stored.</summary>
    public static string Of(string level, IStringLocalizer<SharedResource> texts)
    {
        var text = texts["Level." + level];
        return text.ResourceNotFound ? level : text.Value;
    }
}
