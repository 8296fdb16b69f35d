using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices;

/// <summary>
/// The shapes a notice's parts are recognised by, on normalised text (see Layout/NormalizedText): a theme paragraph
/// begins with an ordinal and a comma ("First, ..."), a measure paragraph with its number in brackets ("(1)",
/// "(eleven)"), and the document number is a short line ending in "[2021] No.668" (or "〔2021〕668号").
/// </summary>
public static partial class NoticePatterns
{
    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] NumberWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>The longest line still taken for a heading (a theme's first sentence, a title, a number line).</summary>
    public const int MaxHeadingLength = 300;

    [GeneratedRegex(@"^(?<ord>[A-Za-z]+),\s*(?<title>.+?)\.?\s*$")]
    private static partial Regex ThemeLine();

    [GeneratedRegex(@"^\((?<n>\d{1,2}|[A-Za-z]+)\)\s*")]
    private static partial Regex MeasureLine();

    [GeneratedRegex(@"(?:\[\s*(?<year>(?:19|20)\d{2})\s*\]|\(\s*(?<year>(?:19|20)\d{2})\s*\)(?=\s*No))\s*(?:No\.?\s*)?(?<serial>\d{1,5})\s*(?:号)?[.;:,]?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex NumberAtEnd();

    /// <summary>The theme number of a heading sentence ("Third, accelerate ..." → 3; capitalised, as headings are), else 0.</summary>
    public static int ThemeNumber(string heading)
    {
        var m = ThemeLine().Match(heading);
        if (!m.Success || heading.Length > MaxHeadingLength || !char.IsUpper(heading[0])) return 0;
        return Array.IndexOf(Ordinals, m.Groups["ord"].Value.ToLowerInvariant()) + 1;
    }

    /// <summary>The title of a theme heading: "First, improve the quality." → "Improve the quality".</summary>
    public static string ThemeTitle(string heading) => Capitalize(ThemeLine().Match(heading).Groups["title"].Value);

    /// <summary>The measure number a paragraph starts with ("(12) In ..." → 12, "(eleven) in ..." → 11), else 0.</summary>
    public static int MeasureNumber(string line)
    {
        var m = MeasureLine().Match(line);
        if (!m.Success) return 0;
        var n = m.Groups["n"].Value;
        if (int.TryParse(n, out var digits)) return digits;
        return Array.IndexOf(NumberWords, n.ToLowerInvariant()) + 1;
    }

    /// <summary>"(12) In promoting ..." → "In promoting ...".</summary>
    public static string WithoutMeasureNumber(string line) => MeasureLine().Replace(line, "");

    /// <summary>A line that begins a theme or a measure: always the start of a paragraph.</summary>
    public static bool StartsPart(string line) =>
        MeasureNumber(line) > 0 || ThemeNumber(FirstClause(line)) > 0;

    /// <summary>A short line ending in a document number: its own paragraph, wherever it stands.</summary>
    public static bool IsNumberLine(string line) => line.Length <= 120 && NumberAtEnd().IsMatch(line);

    /// <summary>The document number a number line ends with.</summary>
    public static DocumentNumber? NumberOf(string line)
    {
        if (line.Length > 120) return null;
        var m = NumberAtEnd().Match(line);
        if (!m.Success) return null;
        return new DocumentNumber(line.Trim(), line[..m.Index].Trim(), int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["serial"].Value));
    }

    /// <summary>A line ends a sentence: ". ! ? : ;", possibly followed by a closing quote or bracket.</summary>
    public static bool EndsSentence(string line)
    {
        var i = line.Length - 1;
        while (i >= 0 && line[i] is '"' or '\'' or ')' or ']') i--;
        return i >= 0 && line[i] is '.' or '!' or '?' or ':' or ';';
    }

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string FirstClause(string line)
    {
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        return stop < 0 ? line : line[..(stop + 1)];
    }
}
