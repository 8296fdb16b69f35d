using System.Collections.Frozen;

namespace MapDashboard.Core.Notices.Figures;

/// <summary>Spelled-out cardinals counted as figures ("six municipal districts", "a thousand"). "one" is left out: it is
/// nearly always an article or part of a slogan ("one window", "one-stop").</summary>
public static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Values = new Dictionary<string, int>
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["a hundred"] = 100, ["a thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Pattern => string.Join('|', Values.Keys.OrderByDescending(k => k.Length));
}
