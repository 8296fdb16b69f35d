using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Places;

public enum InstitutionKind
{
    /// <summary>The name is a place, not the start of an institution's name.</summary>
    None,
    /// <summary>
    /// A school named after its county ("Qiongzhong Middle School", "Gu 'an No.8 Primary School"): a county school in that
    /// county, so what it did is credited to the county.
    /// </summary>
    SchoolOfThePlace,
    /// <summary>
    /// A university, hospital, park, zone, bank or institute ("Jilin University", "Zhongguancun Science Park"): a partner or a
    /// resource, not a locality credited with a practice.
    /// </summary>
    NotALocality,
}

/// <summary>Recognises an institution's name that starts with a place name, from the words after the name.</summary>
public static partial class Institutions
{
    [GeneratedRegex(@"^\s+(?:No\.\s*\d+\s+)?(?:[A-Z][A-Za-z-]*\s+){0,3}?(?<head>Middle School|Primary School|High School|School|Kindergarten|Normal University|University|College|Science Park|Industrial Park|Park|Development Zone|Zone|Hospital|Institute|Academy|Bank)\b")]
    private static partial Regex Head();

    public static InstitutionKind After(string text, int end)
    {
        var tail = text.Substring(end, Math.Min(80, text.Length - end));
        var m = Head().Match(tail);
        if (!m.Success) return InstitutionKind.None;
        return m.Groups["head"].Value is "Middle School" or "Primary School" or "High School" or "School" or "Kindergarten"
            ? InstitutionKind.SchoolOfThePlace
            : InstitutionKind.NotALocality;
    }
}
