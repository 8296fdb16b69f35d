using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Places;

/// <summary>
/// Finds place names in a sentence by looking word runs up in the gazetteer, longest run first, so spaced or split names
/// ("Jiang 'an", "Fan Jiatun Town", "long gang zhen") join into one key. A run starts at a capitalised word, or at a
/// lower-case one only when a generic word follows ("long gang zhen"). A capitalised run followed by a capitalised
/// generic word that matches nothing ("Foo District") is returned with no matches so it can be reported.
/// </summary>
public sealed partial class PlaceMentionFinder(GazetteerIndex index)
{
    private const int MaxWords = 4;

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["in", "the", "a", "an", "and", "of", "to", "at", "on", "for", "with", "by", "from", "during", "through", "there"]);

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^ ?'? ?$")]
    private static partial Regex NameGap();

    public IReadOnlyList<PlaceMention> Find(string text, TextRange sentence)
    {
        var words = Word().Matches(text[sentence.Start..sentence.End])
            .Select(m => new TextRange(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)).ToList();
        var mentions = new List<PlaceMention>();
        for (var i = 0; i < words.Count;)
        {
            var found = Match(text, words, i) ?? Unmatched(text, words, i);
            if (found is null) { i++; continue; }
            mentions.Add(found.Value.Mention);
            i += found.Value.WordsUsed;
        }
        return mentions;
    }

    private (PlaceMention Mention, int WordsUsed)? Match(string text, List<TextRange> words, int i)
    {
        var run = RunLength(text, words, i);
        for (var n = Math.Min(MaxWords, run); n >= 1; n--)
        {
            var name = new TextRange(words[i].Start, words[i + n - 1].End);
            var key = PlaceKey.Normalize(name.Of(text));
            var matches = index.Lookup(key);
            if (matches.Count == 0) continue;
            var suffix = SuffixAfter(text, words, i + n);
            if (!char.IsUpper(text[name.Start]) && suffix is null) continue;
            return (Build(text, name, key, matches, suffix, words), n + (suffix is null ? 0 : 1));
        }
        return null;
    }

    private (PlaceMention Mention, int WordsUsed)? Unmatched(string text, List<TextRange> words, int i)
    {
        if (!char.IsUpper(text[words[i].Start]) || PlaceKey.SuffixLevels(words[i].Of(text)) is not null
            || FunctionWords.Contains(words[i].Of(text).ToLowerInvariant())) return null;
        var run = RunLength(text, words, i);
        for (var n = 1; n <= Math.Min(3, run); n++)
        {
            var suffix = SuffixAfter(text, words, i + n);
            if (suffix is null || !IsCapitalOrPinyinSuffix(words[i + n].Of(text))) continue;
            var name = new TextRange(words[i].Start, words[i + n - 1].End);
            if (Enumerable.Range(i, n).Any(k => !char.IsUpper(text[words[k].Start]))) return null;
            // A known name later in the run ("In Yongchuan District") is matched when the scan reaches it.
            if (Enumerable.Range(i + 1, n - 1).Any(k => Match(text, words, k) is not null)) return null;
            return (Build(text, name, PlaceKey.Normalize(name.Of(text)), [], suffix, words), n + 1);
        }
        return null;
    }

    private static PlaceMention Build(string text, TextRange name, string key,
        IReadOnlyList<Geography.GazetteerEntry> matches, TextRange? suffix, List<TextRange> words)
    {
        var range = suffix is { } s ? new TextRange(name.Start, s.End) : name;
        var levels = suffix is { } sx ? PlaceKey.SuffixLevels(sx.Of(text)) : null;
        return new PlaceMention(range, name, range.Of(text), key, levels, matches, Institutions.After(text, range.End));
    }

    /// <summary>How many words from <paramref name="i"/> are joined only by spaces or apostrophes.</summary>
    private static int RunLength(string text, List<TextRange> words, int i)
    {
        var n = 1;
        while (i + n < words.Count && NameGap().IsMatch(text[words[i + n - 1].End..words[i + n].Start])) n++;
        return n;
    }

    private static TextRange? SuffixAfter(string text, List<TextRange> words, int j)
    {
        if (j >= words.Count || text[words[j - 1].End..words[j].Start] != " ") return null;
        return PlaceKey.SuffixLevels(words[j].Of(text)) is null ? null : words[j];
    }

    private static bool IsCapitalOrPinyinSuffix(string word) =>
        char.IsUpper(word[0]) || word is "zhen" or "xian" or "qu" or "shi";
}
