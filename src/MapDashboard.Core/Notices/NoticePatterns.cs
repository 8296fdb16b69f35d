using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices;

/// <summary>
/// The shapes a notice's parts are recognised by, on normalised text (see Layout/NormalizedText): a theme paragraph
/// begins with an ordinal and a comma ("First, ...") or a Roman numeral ("II. ..."), a measure paragraph with its number
/// in brackets ("(1)", "(eleven)", "(xi)"), and the document number is a short line ending in "[2021] No.12" (or "〔2021〕12号").
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

    [GeneratedRegex(@"^(?:(?<ord>[A-Za-z]+),|(?<roman>[IVX]{1,5})\.)\s*(?<title>.+?)\.?\s*$")]
    private static partial Regex ThemeLine();

    [GeneratedRegex(@"^[IVX]{1,5}\.\s")]
    private static partial Regex NumberedHeadingStart();

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
        if (m.Groups["roman"].Success) return Roman(m.Groups["roman"].Value);
        return Array.IndexOf(Ordinals, m.Groups["ord"].Value.ToLowerInvariant()) + 1;
    }

    /// <summary>"I", "iv", "XII" → 1, 4, 12; 0 for anything else.</summary>
    public static int Roman(string s)
    {
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = Digit(s[i]);
            if (v == 0) return 0;
            total += i + 1 < s.Length && Digit(s[i + 1]) > v ? -v : v;
        }
        return total is > 0 and <= 30 ? total : 0;

        static int Digit(char c) => char.ToUpperInvariant(c) switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
    }

    /// <summary>
    /// A numbered heading's marker is not a sentence: "I. General requirements" is one heading, not "I." and the rest.
    /// True when the full stop at <paramref name="dot"/> closes such a marker at the start of <paramref name="paragraph"/>.
    /// </summary>
    public static bool IsMarkerDot(string text, TextRange paragraph, int dot)
    {
        var length = dot - paragraph.Start + 2;
        return length <= 7 && paragraph.Start + length <= paragraph.End
            && NumberedHeadingStart().IsMatch(text.AsSpan(paragraph.Start, length));
    }

    /// <summary>The title of a theme heading: "First, improve the quality." → "Improve the quality".</summary>
    public static string ThemeTitle(string heading) => Capitalize(ThemeLine().Match(heading).Groups["title"].Value);

    /// <summary>The measure number a paragraph starts with ("(12) In ..." → 12, "(eleven) in ..." → 11, "(xi)" → 11), else 0.</summary>
    public static int MeasureNumber(string line)
    {
        var m = MeasureLine().Match(line);
        if (!m.Success) return 0;
        var n = m.Groups["n"].Value;
        if (int.TryParse(n, out var digits)) return digits;
        var word = Array.IndexOf(NumberWords, n.ToLowerInvariant()) + 1;
        return word > 0 ? word : n.All(char.IsLower) ? Roman(n) : 0;
    }

    /// <summary>"(12) In promoting ..." → "In promoting ...".</summary>
    public static string WithoutMeasureNumber(string line) => MeasureLine().Replace(line, "");

    /// <summary>A line that begins a theme or a measure: always the start of a paragraph.</summary>
    public static bool StartsPart(string line) =>
        MeasureNumber(line) > 0 || ThemeNumber(Heading(line)) > 0;

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

    /// <summary>A paragraph's first sentence: its heading when it starts a theme.</summary>
    public static string Heading(string line) => SentenceSplitter.Split(line, new TextRange(0, line.Length))[0].Of(line);
}
