using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Figures;

/// <summary>
/// Reads what a figure counts from the words after it ("29,000 sets of public rental housing"), stopping at a
/// preposition, conjunction or verb. "of" continues only after a classifier ("sets of …", "types of …"). "each/every/per
/// year" becomes "per year". When nothing or only a bare measure ("tons") follows, the thing before "by" completes it:
/// "reducing carbon emissions by about 20,000 tons per year" → "tons of carbon emissions per year".
/// </summary>
public static partial class UnitReader
{
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
        ["in", "and", "to", "for", "which", "who", "that", "were", "was", "is", "are", "have", "has", "had", "been",
         "through", "with", "by", "from", "at", "on", "such", "as", "into", "so", "of", "the", "while", "but", "or",
         "than", "each", "every", "per", "a", "an", "will", "can", "this", "these"]);

    private static readonly FrozenSet<string> Classifiers = FrozenSet.ToFrozenSet(["sets", "types", "kinds", "pieces", "batches", "tons"]);

    private static readonly FrozenSet<string> BareMeasures = FrozenSet.ToFrozenSet(["tons", "ton", "kilograms", "cubic meters"]);

    private static readonly FrozenSet<string> ByVerbs = FrozenSet.ToFrozenSet(
        ["the", "of", "number", "reducing", "reduced", "reduce", "increased", "increasing", "increase", "raised", "raising",
         "cut", "cutting", "has", "have", "and", "saving", "saved", "by", "a", "total"]);

    [GeneratedRegex(@"\G *(?:(?<q>""[^""]*"")|(?<w>[A-Za-z][A-Za-z'-]*))")]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:[A-Za-z-]+ ){1,6}by $")]
    private static partial Regex ByTail();

    public static (string Unit, int End, string Note) Read(string text, int from, int sentenceEnd, int phraseStart, int sentenceStart)
    {
        var words = new List<string>();
        var end = from;
        var perYear = false;
        var pos = from;
        while (pos < sentenceEnd)
        {
            var m = Token().Match(text, pos);
            if (!m.Success || m.Index + m.Length > sentenceEnd) break;
            if (m.Groups["q"].Success)
            {
                if (words.Count == 0) break;
                words.Add(m.Groups["q"].Value);
                pos = end = m.Index + m.Length;
                continue;
            }
            var w = m.Groups["w"].Value;
            var lower = w.ToLowerInvariant();
            if (lower is "each" or "every" or "per" && words.Count > 0)
            {
                var next = Token().Match(text, m.Index + m.Length);
                if (next.Success && next.Groups["w"].Value.Equals("year", StringComparison.OrdinalIgnoreCase))
                { perYear = true; end = next.Index + next.Length; }
                break;
            }
            if (lower == "of" && words.Count > 0 && Classifiers.Contains(words[^1].ToLowerInvariant()))
            {
                words.Add(w);
                pos = m.Index + m.Length;
                continue;
            }
            if (Stops.Contains(lower) || words.Count >= 6) break;
            words.Add(w);
            pos = end = m.Index + m.Length;
        }
        if (words.Count > 0 && words[^1] == "of") words.RemoveAt(words.Count - 1);
        var unit = string.Join(' ', words);
        var note = "";
        if (unit.Length == 0 || BareMeasures.Contains(unit.ToLowerInvariant()))
        {
            var thing = ThingBeforeBy(text, sentenceStart, phraseStart);
            if (thing.Length > 0)
            {
                unit = unit.Length == 0 ? thing : $"{unit} of {thing}";
                note = $"what is counted taken from \"{thing} by\" before the figure";
            }
        }
        if (perYear) unit += " per year";
        return (unit, end, note);
    }

    private static string ThingBeforeBy(string text, int sentenceStart, int phraseStart)
    {
        var m = ByTail().Match(text[sentenceStart..phraseStart]);
        if (!m.Success) return "";
        var words = m.Value[..^3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var thing = new List<string>();
        for (var k = words.Length - 1; k >= 0 && thing.Count < 3 && !ByVerbs.Contains(words[k].ToLowerInvariant()); k--)
            thing.Insert(0, words[k]);
        return string.Join(' ', thing);
    }
}
