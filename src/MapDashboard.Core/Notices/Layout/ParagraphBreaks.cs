using MapDashboard.Core.Notices.Metadata;

namespace MapDashboard.Core.Notices.Layout;

/// <summary>A non-empty line, trimmed, runs of spaces collapsed; <see cref="StartsParagraph"/> once decided.</summary>
internal sealed class FoldedLine(List<FoldedChar> chars, int width, bool indented, bool blankBefore)
{
    public List<FoldedChar> Chars { get; } = chars;

    /// <summary>Length as laid out (indent included, trailing spaces not): what a wrapping tool measured.</summary>
    public int Width { get; } = width;

    public bool Indented { get; } = indented;

    public bool BlankBefore { get; } = blankBefore;

    public string Content { get; } = new(chars.Select(c => c.C).ToArray());

    public bool StartsParagraph { get; set; }

    public int FirstWordLength => Content.IndexOf(' ') is var i and >= 0 ? i : Content.Length;
}

/// <summary>
/// Decides which line breaks end a paragraph. A break is a paragraph break when a blank line follows it, when the next
/// line begins a theme (capitalised "First, ") or a measure ("(2) "), or is (or follows) a document-number line or a
/// line that is only a date, or is indented where paragraphs are
/// marked by indentation. A line that does not end a sentence continues on the next (a break inside a sentence is hard
/// wrapping), as does a line followed by a lower-case word. A line that ends a sentence ends its paragraph unless the
/// text is hard-wrapped (most unfinished lines have one width) and the line is full: a greedy wrapper moves a word to
/// the next line only when it did not fit, so a full line ending in a full stop is wrapping, a short one is a paragraph's
/// end.
/// </summary>
internal static class ParagraphBreaks
{
    public static List<FoldedLine> Lines(List<FoldedChar> chars)
    {
        var lines = Split(chars);
        if (lines.Count == 0) return lines;
        var wrapWidth = WrapWidth(lines);
        var indentMarksParagraphs = IndentMarksParagraphs(lines);
        lines[0].StartsParagraph = true;
        for (var k = 1; k < lines.Count; k++)
            lines[k].StartsParagraph = IsBreak(lines[k - 1], lines[k], wrapWidth, indentMarksParagraphs);
        return lines;
    }

    private static bool IsBreak(FoldedLine prev, FoldedLine next, int? wrapWidth, bool indentMarksParagraphs)
    {
        if (next.BlankBefore) return true;
        if (StandsAlone(prev.Content) || StandsAlone(next.Content)) return true;
        if (NoticePatterns.StartsPart(next.Content)) return true;
        var endsSentence = NoticePatterns.EndsSentence(prev.Content);
        if (indentMarksParagraphs && next.Indented) return true;
        if (!endsSentence) return false;
        if (char.IsLower(next.Content[0])) return false;
        if (wrapWidth is not { } w) return true;
        var full = prev.Width <= w && prev.Width + 1 + next.FirstWordLength > w;
        return !full;
    }

    /// <summary>A document-number line or a line that is only a date (under the number, a signature's): never wrapped prose.</summary>
    private static bool StandsAlone(string line) => NoticePatterns.IsNumberLine(line) || NoticeDates.Parse(line) is not null;

    /// <summary>
    /// The width the text was wrapped at, from the lines that certainly continue (no sentence end, not before a part):
    /// none when there are too few of them to be wrapping rather than a title or breadcrumbs.
    /// </summary>
    private static int? WrapWidth(List<FoldedLine> lines)
    {
        var widths = new List<int>();
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var next = lines[k + 1];
            if (next.BlankBefore || NoticePatterns.EndsSentence(lines[k].Content) || NoticePatterns.StartsPart(next.Content)) continue;
            if (StandsAlone(lines[k].Content) || StandsAlone(next.Content)) continue;
            widths.Add(lines[k].Width);
        }
        if (widths.Count < 5) return null;
        widths.Sort();
        var median = widths[widths.Count / 2];
        return widths.Where(x => x <= 2 * median).Max();
    }

    /// <summary>Indentation marks paragraphs when some lines are indented and most are not.</summary>
    private static bool IndentMarksParagraphs(List<FoldedLine> lines)
    {
        var indented = lines.Count(l => l.Indented);
        return indented >= 2 && indented * 2 < lines.Count;
    }

    private static List<FoldedLine> Split(List<FoldedChar> chars)
    {
        var lines = new List<FoldedLine>();
        var blankBefore = false;
        var start = 0;
        while (start <= chars.Count)
        {
            var end = start;
            while (end < chars.Count && chars[end].C != '\n') end++;
            var line = Collapse(chars, start, end, out var width, out var indented);
            if (line.Count == 0) blankBefore = true;
            else { lines.Add(new FoldedLine(line, width, indented, blankBefore)); blankBefore = false; }
            start = end + 1;
        }
        return lines;
    }

    private static List<FoldedChar> Collapse(List<FoldedChar> chars, int start, int end, out int width, out bool indented)
    {
        var e = end;
        while (e > start && char.IsWhiteSpace(chars[e - 1].C)) e--;
        width = e - start;
        var s = start;
        while (s < e && char.IsWhiteSpace(chars[s].C)) s++;
        indented = s > start;
        var result = new List<FoldedChar>(e - s);
        for (var i = s; i < e; i++)
        {
            var c = chars[i];
            if (!char.IsWhiteSpace(c.C)) { result.Add(c); continue; }
            var runStart = c.Start;
            while (i + 1 < e && char.IsWhiteSpace(chars[i + 1].C)) i++;
            result.Add(new FoldedChar(' ', runStart, chars[i].End));
        }
        return result;
    }
}
