using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices;

/// <summary>
/// Finds themes and measures. Everything before "The full text is as follows:" (web breadcrumbs and the repeated summary)
/// is skipped, so places named only in the summary are never credited twice.
/// </summary>
public static partial class NoticeStructureParser
{
    public const string FullTextMarker = "The full text is as follows:";

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] NumberWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    [GeneratedRegex(@"^(?<ord>[A-Za-z]+),\s*(?<title>.+?)\.?\s*$")]
    private static partial Regex ThemeLine();

    [GeneratedRegex(@"^\((?<n>\d{1,2}|[A-Za-z]+)\)\s*")]
    private static partial Regex MeasureLine();

    [GeneratedRegex(@"^(?:in terms of|in|to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIntro();

    public static NoticeStructure Parse(string text)
    {
        var marker = text.IndexOf(FullTextMarker, StringComparison.Ordinal);
        if (marker < 0) throw new NoticeFormatException($"The notice has no line \"{FullTextMarker}\".");
        string? title = null;
        var themes = new List<NoticeTheme>();
        var measures = new List<NoticeMeasure>();
        foreach (var para in Paragraphs(text, marker + FullTextMarker.Length))
        {
            var line = para.Of(text);
            if (title is null) { title = line; continue; }
            var theme = ThemeNumber(line);
            if (theme > 0)
            {
                if (theme != themes.Count + 1)
                    throw new NoticeFormatException($"Theme \"{line}\" is number {theme}; expected {themes.Count + 1}.");
                var m = ThemeLine().Match(line);
                themes.Add(new NoticeTheme(theme, Capitalize(m.Groups["title"].Value), para));
                continue;
            }
            var number = MeasureNumber(line);
            if (number == 0) continue;
            if (themes.Count == 0) throw new NoticeFormatException($"Measure ({number}) comes before any theme.");
            if (number != measures.Count + 1)
                throw new NoticeFormatException($"Measure ({number}) found where ({measures.Count + 1}) was expected.");
            measures.Add(BuildMeasure(text, para, number, themes.Count));
        }
        if (title is null || measures.Count == 0)
            throw new NoticeFormatException("The notice has no numbered measures after the full-text marker.");
        return new NoticeStructure(title, themes, measures);
    }

    private static NoticeMeasure BuildMeasure(string text, TextRange para, int number, int theme)
    {
        var lead = SentenceSplitter.Split(text, para)[0];
        var leadText = lead.Of(text);
        var body = MeasureLine().Replace(leadText, "");
        body = LeadIntro().Replace(body, "");
        var cut = body.IndexOf(", it is mainly", StringComparison.Ordinal);
        if (cut < 0) cut = body.IndexOf(',');
        var label = Capitalize((cut > 0 ? body[..cut] : body).TrimEnd('.'));
        return new NoticeMeasure(number, theme, label, leadText, lead, para);
    }

    /// <summary>Non-empty lines after <paramref name="from"/>, trimmed, as ranges into the text.</summary>
    public static IEnumerable<TextRange> Paragraphs(string text, int from)
    {
        var start = from;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return new TextRange(s, e);
            start = end + 1;
        }
    }

    private static int ThemeNumber(string line)
    {
        var m = ThemeLine().Match(line);
        if (!m.Success || line.Length > 200) return 0;
        return Array.IndexOf(Ordinals, m.Groups["ord"].Value.ToLowerInvariant()) + 1;
    }

    private static int MeasureNumber(string line)
    {
        var m = MeasureLine().Match(line);
        if (!m.Success) return 0;
        var n = m.Groups["n"].Value;
        if (int.TryParse(n, out var digits)) return digits;
        return Array.IndexOf(NumberWords, n.ToLowerInvariant()) + 1;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
