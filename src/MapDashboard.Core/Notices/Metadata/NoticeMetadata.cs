using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Metadata;

/// <summary>
/// What a notice says about itself besides its number and English title, found by shape on normalised paragraphs (one
/// per line), never by this or that notice's wording:
/// <list type="bullet">
/// <item>the <b>Chinese title</b> (found by the structure parser): a heading written mainly in Chinese characters
/// (<see cref="IsMainlyChinese"/>) in the title block around the number line;</item>
/// <item>the <b>issue date</b>: the last short paragraph of the notice proper (from its start on) that ends in a date,
/// the signature's date ("August 30, 2021", "2021年8月30日"); a page's own date before the notice is not the issue date;</item>
/// <item>the <b>source</b>: the first short paragraph anywhere in the text labelled "Source:"/"来源：" (up to the next
/// field such as "Editor:"), else the first web address standing on a line of its own.</item>
/// </list>
/// </summary>
public static partial class NoticeMetadata
{
    /// <summary>Longer paragraphs are sentences of the notice, not a signature, a byline or a source line.</summary>
    public const int MaxShortLine = 160;

    [GeneratedRegex(@"(?:^|\s)(?:Source|来源|信息来源|文章来源)\s*:\s*(?<value>.+?)\s*(?:$|\s{2,}|\s\|\s|\s(?:Editor|Author|Date|Published|Release date|Views|责任编辑|编辑|作者|发布时间|日期)\s*:)",
        RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^https?://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    /// <summary>The issue date: the last short paragraph from <paramref name="start"/> on that ends in a date, else null.</summary>
    public static DateOnly? IssuedOn(IReadOnlyList<string> lines, int start)
    {
        for (var k = lines.Count - 1; k >= Math.Max(start, 0); k--)
            if (lines[k].Length <= MaxShortLine && NoticeDates.AtEnd(lines[k]) is { } date)
                return date;
        return null;
    }

    /// <summary>Where the text says it came from, or null.</summary>
    public static string? Source(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Where(l => l.Length <= MaxShortLine))
            if (SourceLabel().Match(line) is { Success: true } m && m.Groups["value"].Value.Trim(' ', '.', ';', ',') is { Length: > 0 } v)
                return v;
        return lines.FirstOrDefault(l => l.Length <= 2000 && UrlLine().IsMatch(l));
    }

    /// <summary>A heading that can be a Chinese title: mainly Chinese, and not a field such as "来源：..." (titles carry no colon).</summary>
    public static bool IsChineseTitle(string heading) => IsMainlyChinese(heading) && !heading.Contains(':');

    /// <summary>More Chinese characters than Latin letters: a Chinese title, not an English one.</summary>
    public static bool IsMainlyChinese(string line)
    {
        int han = 0, latin = 0;
        foreach (var c in line)
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') han++;
            else if (char.IsAsciiLetter(c)) latin++;
        return han > latin;
    }
}
