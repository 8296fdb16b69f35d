using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Figures;

/// <summary>The word before a number that says how exact it is, normalised to about / more than / nearly / reached.</summary>
public static partial class Qualifiers
{
    [GeneratedRegex(@"(?<q>about|approximately|around|more than|over|nearly|almost|reached|reaches|reach|reaching|less than|up to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    /// <summary>The qualifier ending right before <paramref name="at"/> and where it starts, or ("", at).</summary>
    public static (string Qualifier, int Start) Find(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - 20);
        var m = Before().Match(text[from..at]);
        if (!m.Success) return ("", at);
        var q = m.Groups["q"].Value.ToLowerInvariant() switch
        {
            "about" or "approximately" or "around" => "about",
            "more than" or "over" => "more than",
            "nearly" or "almost" => "nearly",
            "less than" => "less than",
            "up to" => "up to",
            _ => "reached",
        };
        return (q, from + m.Index);
    }
}
