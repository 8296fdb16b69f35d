using System.Text;

namespace MapDashboard.Core.Tests.Notices.Copies;

/// <summary>
/// Copies of the seed notice as an editor might be handed them: the same words in another layout (line endings,
/// byte-order mark, no-break and full-width characters, hard-wrapped paragraphs as from a PDF or an e-mail) or with
/// other surroundings (no web page, another page's breadcrumbs and news lead, no marker line, a footer). Made here from
/// the seed, never committed.
/// </summary>
internal static class NoticeCopies
{
    private const string TitleStart = "Notice of the General Office";

    public static IReadOnlyDictionary<string, Func<string, string>> All { get; } = new Dictionary<string, Func<string, string>>
    {
        ["CRLF line endings"] = s => s.Replace("\n", "\r\n"),
        ["byte-order mark"] = s => "\uFEFF" + s,
        ["no-break spaces"] = s => EveryOther(s, ' ', '\u00A0'),
        ["full-width digits, brackets and punctuation"] = FullWidth,
        ["Chinese commas and colons without a space"] = s => s.Replace(", ", "\uFF0C").Replace(": ", "\uFF1A"),
        ["one line per paragraph, no blank lines"] = s => s.Replace("\n\n", "\n"),
        ["indented, trailing spaces, two spaces after a full stop"] = s =>
            string.Join("\n", s.Split('\n').Select(l => l.Length == 0 ? l : "  " + l.Replace(". ", ".  ") + "  ")),
        ["e-mail: wrapped at 72, blank lines between paragraphs"] = s => Wrap(s, 72, "\n\n", ""),
        ["PDF: wrapped at 80, no blank lines"] = s => Wrap(s, 80, "\n", ""),
        ["PDF: wrapped at 64, paragraphs indented with full-width spaces"] = s => Wrap(s, 64, "\n", "\u3000\u3000"),
        ["PDF: wrapped at 100, CRLF"] = s => Wrap(s, 100, "\n", "").Replace("\n", "\r\n"),
        ["the notice alone, no web page"] = NoticeAlone,
        ["another page: breadcrumbs, a news lead and another marker line"] = s =>
            "Home > Policies > Policy documents\n\nNDRC promotes the third batch of new urbanization pilot experiences\n\n" +
            "2021-09-03 10:15 Source: Xinhua\n\n" +
            "Beijing, September 3 (Xinhua) -- The NDRC has published experiences from new urbanization pilots. " +
            "Jinan, Shandong, Kunming, Yunnan and Guangzhou, Guangdong lowered settlement thresholds, and Zibo, Shandong " +
            "supported digital agriculture with about 7 billion yuan of loans.\n\nFull text of the notice:\n\n" + NoticeAlone(s),
        ["a news lead with its own numbered summary, no marker line"] = s =>
            "Current location - News\n\nThe notice asks regions to learn from the pilots.\n\n" +
            "First, improve the quality of urbanization of agricultural transfer population.\n\n" +
            "(1) Jinan, Shandong, and Kunming, Yunnan have completely abolished the restrictions on urban settlement.\n\n" +
            NoticeAlone(s),
        ["a footer after the notice"] = s =>
            s + "\n\nSource: NDRC website    Editor: Zhang Wei\n\nRelated: Guangzhou, Guangdong opens 12 new parks\n",
        ["PDF wrapped at 72 with full-width characters, CRLF, the notice alone"] = s =>
            FullWidth(Wrap(NoticeAlone(s), 72, "\n", "\u3000\u3000")).Replace("\n", "\r\n"),
    };

    /// <summary>The seed's number line, as the copies below repeat or translate it.</summary>
    private const string NumberLine = "Development and Reform Office Planning [2021] No.668";

    private const string TitleZh = "国家发展改革委办公厅关于推广第三批国家新型城镇化综合试点等地区经验的通知";

    /// <summary>
    /// Copies that add what the seed lacks: a Chinese title, a signature with the issue date, a source. Each comes with
    /// what must be read from it (Chinese title, issue date, source); everything else must read as the seed.
    /// </summary>
    public static IReadOnlyDictionary<string, (Func<string, string> Make, string? TitleZh, DateOnly? IssuedOn, string? Source)> WithMetadata { get; } =
        new Dictionary<string, (Func<string, string>, string?, DateOnly?, string?)>
        {
            ["Chinese title and number above the English ones, English signature with its date"] = (
                s => s.Replace(TitleStart, $"{TitleZh}\n\n发改办规划〔2021〕668号\n\n{TitleStart}") +
                     "\n\nGeneral Office of the National Development and Reform Commission\n\nAugust 30, 2021\n",
                TitleZh, new DateOnly(2021, 8, 30), null),
            ["Chinese title under the English one, Chinese signature date, the page's address on a line of its own"] = (
                s => "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202109/t20210903_1295757.html\n\n" +
                     s.Replace(NumberLine, $"{TitleZh}\n\n{NumberLine}") + "\n\n国家发展改革委办公厅\n\n2021年8月30日\n",
                TitleZh, new DateOnly(2021, 8, 30), "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202109/t20210903_1295757.html"),
            ["ISO date under the number, labelled source in a footer, PDF-wrapped with CRLF"] = (
                s => Wrap(s.Replace(NumberLine, NumberLine + "\n\n2021-08-30") + "\n\nSource: National Development and Reform Commission", 80, "\n", "")
                    .Replace("\n", "\r\n"),
                null, new DateOnly(2021, 8, 30), "National Development and Reform Commission"),
            ["another page with its own date and source before the notice (neither is the notice's date)"] = (
                s => "Home > Policies\n\n2021-09-03 10:15 Source: Xinhua\n\nFull text of the notice:\n\n" + NoticeAlone(s),
                null, null, "Xinhua"),
        };

    private static string NoticeAlone(string s) => s[s.IndexOf(TitleStart, StringComparison.Ordinal)..];

    private static string EveryOther(string s, char from, char to)
    {
        var sb = new StringBuilder(s);
        var n = 0;
        for (var i = 0; i < sb.Length; i++)
            if (sb[i] == from && n++ % 2 == 0) sb[i] = to;
        return sb.ToString();
    }

    /// <summary>ASCII digits, brackets and punctuation to their full-width forms, one for one (what an IME's full-width mode types).</summary>
    private static string FullWidth(string s) =>
        new(s.Select(c => char.IsAsciiDigit(c) || c is '(' or ')' or ',' or '.' or ':' or ';' or '%' or '[' or ']' ? (char)(c + 0xFEE0) : c).ToArray());

    /// <summary>Greedy word wrap of every paragraph (the seed has one per line, blank lines between).</summary>
    private static string Wrap(string s, int width, string paragraphBreak, string indent) =>
        string.Join(paragraphBreak, s.Split("\n\n").Select(p => WrapParagraph(p, width, indent)));

    private static string WrapParagraph(string paragraph, int width, string indent)
    {
        var lines = new List<string>();
        foreach (var source in paragraph.Split('\n'))
        {
            var line = new StringBuilder(indent);
            foreach (var word in source.Split(' '))
            {
                if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                if (line.Length > 0 && line.ToString() != indent) line.Append(' ');
                line.Append(word);
            }
            lines.Add(line.ToString());
        }
        return string.Join("\n", lines);
    }
}
