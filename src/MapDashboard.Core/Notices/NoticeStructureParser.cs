using System.Text.RegularExpressions;
using MapDashboard.Core.Notices.Layout;
using MapDashboard.Core.Notices.Metadata;

namespace MapDashboard.Core.Notices;

/// <summary>
/// Finds the notice's own start, its themes and its numbered measures by their shape (<see cref="NoticePatterns"/>), on
/// normalised text, whatever surrounds the notice (web breadcrumbs, a news lead that summarises it, a marker line such as
/// "The full text is as follows:", or nothing). The start is the document-number line, with the title the last
/// heading-like paragraph before it; without a number, the last "First, ..." paragraph followed by a measure (1), with
/// the title the last heading-like paragraph before that. Nothing before the start is read, so places named in a
/// summary are never credited twice.
/// </summary>
public static class NoticeStructureParser
{
    /// <summary>Parses <paramref name="text"/> as given; every range in the result indexes <paramref name="text"/>.</summary>
    public static NoticeStructure Parse(string text)
    {
        var notice = NormalizedText.Of(text);
        return ToOriginal(Parse(notice), notice);
    }

    /// <summary>Parses the normalised text; ranges index <see cref="NormalizedText.Text"/>.</summary>
    public static NoticeStructure Parse(NormalizedText notice)
    {
        var text = notice.Text;
        var paragraphs = Paragraphs(text, 0).ToList();
        var lines = paragraphs.Select(p => p.Of(text)).ToList();
        var (start, number) = Start(lines);
        var title = Title(lines, start, number);
        var themes = new List<NoticeTheme>();
        var measures = new List<NoticeMeasure>();
        for (var k = start; k < paragraphs.Count; k++)
        {
            var para = paragraphs[k];
            var heading = NoticePatterns.Heading(lines[k]);
            var theme = NoticePatterns.ThemeNumber(heading);
            if (theme > 0)
            {
                if (theme != themes.Count + 1)
                    throw new NoticeFormatException($"Theme \"{Short(heading)}\" is number {theme}; expected {themes.Count + 1}.");
                themes.Add(new NoticeTheme(theme, NoticePatterns.ThemeTitle(heading), para));
                continue;
            }
            var n = NoticePatterns.MeasureNumber(lines[k]);
            if (n == 0) continue;
            if (themes.Count == 0) throw new NoticeFormatException($"Measure ({n}) comes before any theme (\"First, ...\").");
            if (n != measures.Count + 1)
                throw new NoticeFormatException($"Measure ({n}) found where ({measures.Count + 1}) was expected.");
            measures.Add(BuildMeasure(text, para, n, themes.Count));
        }
        if (themes.Count == 0)
            throw new NoticeFormatException("No themes found: no paragraph begins with an ordinal heading such as \"First, ...\".");
        if (measures.Count == 0)
            throw new NoticeFormatException("No measures found: no paragraph after a theme begins with a number in brackets such as \"(1)\".");
        return new NoticeStructure(title, themes, measures)
        {
            Number = number,
            TitleZh = TitleBlock(lines, start).FirstOrDefault(NoticeMetadata.IsChineseTitle),
            IssuedOn = NoticeMetadata.IssuedOn(lines, start),
            Source = NoticeMetadata.Source(lines),
        };
    }

    /// <summary>The notice's document number: its first number line followed by a theme ("First, ..."), else null.</summary>
    public static DocumentNumber? FindNumber(NormalizedText notice)
    {
        var text = notice.Text;
        return Start(Paragraphs(text, 0).Select(p => p.Of(text)).ToList()).Number;
    }

    /// <summary>The first document-number line followed by a theme, else the last "First, ..." followed by a measure (1).</summary>
    private static (int Start, DocumentNumber? Number) Start(List<string> lines)
    {
        var firsts = Enumerable.Range(0, lines.Count).Where(k => NoticePatterns.ThemeNumber(NoticePatterns.Heading(lines[k])) == 1).ToList();
        for (var k = 0; k < lines.Count; k++)
            if (NoticePatterns.NumberOf(lines[k]) is { } number && firsts.Any(f => f > k)) return (k, number);
        for (var i = firsts.Count - 1; i >= 0; i--)
            if (lines.Skip(firsts[i] + 1).Any(l => NoticePatterns.MeasureNumber(l) == 1)) return (firsts[i], null);
        return (0, null);
    }

    /// <summary>
    /// The English title: the nearest heading not written mainly in Chinese in the title block (the headings and number
    /// lines directly above the start), else between the start and the first theme (a bilingual block whose Chinese
    /// number comes first), else the last such heading anywhere before the start; failing all, the number line.
    /// </summary>
    private static string Title(List<string> lines, int start, DocumentNumber? number)
    {
        var english = TitleBlock(lines, start).FirstOrDefault(l => !NoticeMetadata.IsMainlyChinese(l));
        if (english is not null) return english;
        for (var k = start - 1; k >= 0; k--)
            if (IsHeading(lines[k]) && !NoticeMetadata.IsMainlyChinese(lines[k])) return lines[k];
        return number?.Text ?? (lines.Count > 0 ? lines[0][..Math.Min(lines[0].Length, NoticePatterns.MaxHeadingLength)] : "");
    }

    /// <summary>Headings near the start, nearest first: those directly above it, then those between it and the first theme.</summary>
    internal static IEnumerable<string> TitleBlock(List<string> lines, int start)
    {
        for (var k = start - 1; k >= 0 && (IsHeading(lines[k]) || NoticePatterns.IsNumberLine(lines[k])); k--)
            if (IsHeading(lines[k])) yield return lines[k];
        if (start >= lines.Count || !NoticePatterns.IsNumberLine(lines[start])) yield break;
        for (var k = start + 1; k < lines.Count && NoticePatterns.ThemeNumber(NoticePatterns.Heading(lines[k])) == 0; k++)
            if (IsHeading(lines[k])) yield return lines[k];
    }

    /// <summary>A title: not a sentence, not a colon line, not a number line, not a part, short.</summary>
    private static bool IsHeading(string line) =>
        line.Length <= NoticePatterns.MaxHeadingLength && char.IsLetter(line[0]) && !NoticePatterns.EndsSentence(line)
        && !NoticePatterns.IsNumberLine(line) && !NoticePatterns.StartsPart(line);

    private static NoticeMeasure BuildMeasure(string text, TextRange para, int number, int theme)
    {
        var lead = SentenceSplitter.Split(text, para)[0];
        var leadText = lead.Of(text);
        var body = NoticePatterns.WithoutMeasureNumber(leadText);
        body = LeadIntro.Replace(body, "");
        var cut = body.IndexOf(", it is mainly", StringComparison.Ordinal);
        if (cut < 0) cut = body.IndexOf(',');
        var label = NoticePatterns.Capitalize((cut > 0 ? body[..cut] : body).TrimEnd('.'));
        return new NoticeMeasure(number, theme, label, leadText, lead, para);
    }

    private static readonly Regex LeadIntro = new(@"^(?:in terms of|in|to)\s+", RegexOptions.IgnoreCase);

    /// <summary>The same structure with every range mapped back to the original text.</summary>
    public static NoticeStructure ToOriginal(NoticeStructure s, NormalizedText notice) =>
        s with
        {
            Themes = s.Themes.Select(t => t with { Range = notice.ToOriginal(t.Range) }).ToList(),
            Measures = s.Measures.Select(m => m with { LeadRange = notice.ToOriginal(m.LeadRange), Paragraph = notice.ToOriginal(m.Paragraph) }).ToList(),
        };

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

    private static string Short(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
