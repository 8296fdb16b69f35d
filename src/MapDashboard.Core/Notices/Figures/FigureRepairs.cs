using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Figures;

/// <summary>
/// Explicit repairs for machine-translation artifacts in numbers. Each rule is tested on its own.
/// </summary>
public static partial class FigureRepairs
{
    /// <summary>"6.5438+0" (also "65438+0") is how one MT engine renders the digit 1: "6.5438+0.2 million" is "1.2 million".</summary>
    [GeneratedRegex(@"6\.?5438\+0")]
    public static partial Regex OneArtifact();

    /// <summary>Artifacts with no recoverable number: "0/0", "/Kloc-0".</summary>
    [GeneratedRegex(@"(?<![\w/])0/0(?![\w/])|/[Kk]loc-\d+/?")]
    public static partial Regex Unrecoverable();

    /// <summary>Censored or dropped words rendered as "* * *".</summary>
    [GeneratedRegex(@"\*(?: \*)+")]
    public static partial Regex Censored();

    /// <summary>Applies <see cref="OneArtifact"/>; returns the repaired numeral and whether anything changed.</summary>
    public static (string Numeral, bool Changed) RepairOne(string numeral)
    {
        var repaired = OneArtifact().Replace(numeral, "1");
        return (repaired, repaired != numeral);
    }

    /// <summary>
    /// "1 10,000 people": the digit before "10,000" counts ten-thousands (万 rendered as "10,000" after the digit), so it
    /// is 1 × 10,000 = 10,000. Reading it as 110,000 would need the translator to have glued two numbers, and 1.1万 would
    /// have come out as "1.1 10,000".
    /// </summary>
    public static decimal WanLiteral(string digits) => decimal.Parse(digits, CultureInfo.InvariantCulture) * 10_000m;

    /// <summary>"20 14" → 2014: a year split by a space. Years are not indicators.</summary>
    public static int JoinYear(string century, string rest) => int.Parse(century + rest, CultureInfo.InvariantCulture);
}
