namespace MapDashboard.Core.Notices.Layout;

/// <summary>One character of the normalised text and the span [Start, End) of the original it stands for.</summary>
internal readonly record struct FoldedChar(char C, int Start, int End);

/// <summary>
/// Character-level normalisation: line endings to "\n", byte-order marks and zero-width characters dropped, no-break,
/// full-width (U+3000) and other typographic spaces and tabs to " ", full-width ASCII (U+FF01-U+FF5E: digits, letters,
/// brackets, punctuation) to ASCII, CJK punctuation (。、〔〕【】) and typographic quotes to their ASCII counterparts.
/// A full-width comma, colon, semicolon or full stop written the Chinese way, with no space before the next word, gets
/// one, so "Jinan，Shandong" reads like "Jinan, Shandong". Every output character keeps its original span.
/// </summary>
internal static class CharFolding
{
    public static List<FoldedChar> Fold(string s)
    {
        var result = new List<FoldedChar>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') { result.Add(new FoldedChar('\n', i, i + 2)); i++; }
                else result.Add(new FoldedChar('\n', i, i + 1));
                continue;
            }
            if (c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD') continue;
            var folded = Fold(c);
            result.Add(new FoldedChar(folded, i, i + 1));
            if (NeedsSpaceAfter(s, i)) result.Add(new FoldedChar(' ', i + 1, i + 1));
        }
        return result;
    }

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u202F' or '\u205F' or '\t' or '\v' or '\f' => ' ',
        >= '\u2000' and <= '\u200A' => ' ',
        '\u3002' => '.',
        '\u3001' => ',',
        '\u3014' or '\u3010' or '\u3016' => '[',
        '\u3015' or '\u3011' or '\u3017' => ']',
        '\u2018' or '\u2019' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u2033' => '"',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        _ => c,
    };

    /// <summary>
    /// Chinese punctuation carries its own spacing; in English text the next word needs a space. A full-width comma
    /// between digits is a thousands separator ("１２，０００") and gets none.
    /// </summary>
    private static bool NeedsSpaceAfter(string s, int i)
    {
        if (s[i] is not ('\uFF0C' or '\uFF1A' or '\uFF1B' or '\u3002' or '\u3001' or '\uFF01' or '\uFF1F')) return false;
        if (i + 1 >= s.Length) return false;
        var next = Fold(s[i + 1]);
        if (!char.IsLetterOrDigit(next) || IsCjk(next)) return false;
        return !(s[i] == '\uFF0C' && char.IsDigit(next) && i > 0 && char.IsDigit(Fold(s[i - 1])));
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';
}
