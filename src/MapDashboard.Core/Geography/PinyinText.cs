namespace MapDashboard.Core.Geography;

/// <summary>Formats toneless pinyin syllables the way place names are written: "Gongzhuling", "Lu'an", "Lüliang".</summary>
public static class PinyinText
{
    /// <summary>Joins syllables ("lu an" or ["lu","an"]) into one title-case word, with the apostrophe before a/o/e.</summary>
    public static string Join(IEnumerable<string> syllables)
    {
        var parts = syllables.Select(s => s.Trim().ToLowerInvariant().Replace('v', 'ü')).Where(s => s.Length > 0).ToList();
        if (parts.Count == 0) return "";
        var joined = string.Concat(parts.Select((s, i) => i > 0 && "aoe".Contains(s[0]) ? "'" + s : s));
        return char.ToUpperInvariant(joined[0]) + joined[1..];
    }

    public static string Join(string spaceSeparated) => Join(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower-case letters only, ü as u: the key for comparing with romanised names such as GeoNames'.</summary>
    public static string MatchKey(string romanised)
    {
        var chars = romanised.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => c is >= 'a' and <= 'z').ToArray();
        return new string(chars);
    }
}
