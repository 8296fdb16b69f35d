using System.Text;

namespace MapDashboard.Core.Notices.Layout;

/// <summary>
/// A notice text as the reader reads it: characters folded (<see cref="CharFolding"/>), each paragraph on one line with
/// single spaces, hard-wrapped lines rejoined (<see cref="ParagraphBreaks"/>). Every normalised character remembers the
/// span of the original it came from, so a range found in <see cref="Text"/> maps back to the same sentence in
/// <see cref="Original"/>, the text that is stored and shown.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private NormalizedText(string original, List<FoldedChar> chars)
    {
        Original = original;
        var sb = new StringBuilder(chars.Count);
        _starts = new int[chars.Count];
        _ends = new int[chars.Count];
        for (var i = 0; i < chars.Count; i++)
        {
            sb.Append(chars[i].C);
            _starts[i] = chars[i].Start;
            _ends[i] = chars[i].End;
        }
        Text = sb.ToString();
    }

    /// <summary>The text as given (after File.ReadAllText): what offsets in the output index.</summary>
    public string Original { get; }

    /// <summary>One paragraph per line, folded characters, single spaces.</summary>
    public string Text { get; }

    public static NormalizedText Of(string original)
    {
        var lines = ParagraphBreaks.Lines(CharFolding.Fold(original));
        var output = new List<FoldedChar>(original.Length);
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0)
            {
                var gap = (lines[k - 1].Chars[^1].End, lines[k].Chars[0].Start);
                var separator = lines[k].StartsParagraph ? '\n' : ' ';
                output.Add(new FoldedChar(separator, gap.Item1, gap.Item2));
            }
            output.AddRange(lines[k].Chars);
        }
        return new NormalizedText(original, output);
    }

    /// <summary>The range of the original text that a range of <see cref="Text"/> was read from.</summary>
    public TextRange ToOriginal(TextRange range)
    {
        if (_starts.Length == 0) return new TextRange(0, 0);
        if (range.Start >= _starts.Length) return new TextRange(Original.Length, Original.Length);
        if (range.End <= range.Start) return new TextRange(_starts[range.Start], _starts[range.Start]);
        return new TextRange(_starts[range.Start], _ends[range.End - 1]);
    }

    /// <summary>The original offset of a normalised one.</summary>
    public int ToOriginal(int at) => at < _starts.Length ? _starts[at] : Original.Length;

    /// <summary>
    /// A phrase compared across copies: folded characters, every run of white space (line breaks included) one space,
    /// trimmed. Review decisions match figures by it.
    /// </summary>
    public static string Phrase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in CharFolding.Fold(s))
        {
            if (char.IsWhiteSpace(c.C))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c.C);
        }
        return sb.ToString().TrimEnd();
    }
}
