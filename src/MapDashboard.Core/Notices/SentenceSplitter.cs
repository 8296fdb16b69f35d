namespace MapDashboard.Core.Notices;

/// <summary>
/// Splits a paragraph into sentences at ".", "!" or "?" followed by a space or the end (a closing quote stays with its
/// sentence). "No.8", "2.0" and "6.5438+0.2" have no space after the point and so never split, nor does the point of a
/// heading's number at the paragraph's start ("II. Improve ...").
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextRange> Split(string text, TextRange paragraph)
    {
        var result = new List<TextRange>();
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < paragraph.End && text[end] is '"' or '\u201D' or ')') end++;
            if (end < paragraph.End && !char.IsWhiteSpace(text[end])) continue;
            if (text[i] == '.' && NoticePatterns.IsMarkerDot(text, paragraph, i)) continue;
            result.Add(new TextRange(start, end));
            start = end;
            while (start < paragraph.End && char.IsWhiteSpace(text[start])) start++;
            i = start - 1;
        }
        if (start < paragraph.End) result.Add(new TextRange(start, paragraph.End));
        return result;
    }
}
