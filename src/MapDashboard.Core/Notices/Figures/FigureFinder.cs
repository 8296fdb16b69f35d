using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Figures;

/// <summary>
/// Finds the figures in one sentence: digits (with thousands separators, decimals, million/billion, %), spelled
/// cardinals, years and MT artifacts. Labels are not figures: "No.8", "version 2.0", "5G", "COVID-19".
/// </summary>
public static partial class FigureFinder
{
    private static readonly Regex Number = new(
        @"(?<unrec>(?<![\w/])0/0(?![\w/]))" +
        @"|(?<one>6\.?5438\+0(?:\.\d+)?)" +
        @"|(?<year>\b(?:19|20) \d{2}\b)(?!,\d|\d)" +
        @"|(?<wan>(?<![\d.,])\d+(?:\.\d+)?) 10,000\b" +
        @"|(?<num>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)" +
        $@"|(?<word>\b(?:{NumberWords.Pattern})\b)(?!-)(?= [A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\G\s*(?<m>million|billion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Scale();

    [GeneratedRegex(@"\G\s*(?:%|percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:No\.\s*|version\s+|[A-Za-z]-|[A-Za-z])$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"^(?:[A-Za-z]|-[A-Za-z])")]
    private static partial Regex LabelAfter();

    [GeneratedRegex(@"(?:since|in|from|until|by|year|of|on)\s+$|^-\d", RegexOptions.IgnoreCase)]
    private static partial Regex YearContext();

    public static IReadOnlyList<Figure> Find(string text, TextRange sentence)
    {
        var figures = new List<Figure>();
        var s = text[sentence.Start..sentence.End];
        foreach (Match m in Number.Matches(s))
        {
            var at = sentence.Start + m.Index;
            var after = sentence.Start + m.Index + m.Length;
            if (m.Groups["unrec"].Success) { figures.Add(Unrecoverable(text, sentence, at, after, m.Value)); continue; }
            if (m.Groups["year"].Success)
            {
                var year = FigureRepairs.JoinYear(m.Value[..2], m.Value[3..]);
                figures.Add(new Figure(FigureKind.Year, new TextRange(at, after), m.Value, year, "year", "",
                    $"\"{m.Value}\" is the year {year} split by a space", true, false));
                continue;
            }
            if (m.Groups["num"].Success || m.Groups["one"].Success)
            {
                var before = text[Math.Max(sentence.Start, at - 8)..at];
                var tail = text[after..Math.Min(sentence.End, after + 2)];
                if (m.Groups["num"].Success && (LabelBefore().IsMatch(before) || LabelAfter().IsMatch(tail))) continue;
            }
            figures.Add(Quantity(text, sentence, m, at, after));
        }
        return figures;
    }

    private static Figure Quantity(string text, TextRange sentence, Match m, int at, int after)
    {
        var notes = new List<string>();
        var repaired = false;
        decimal value;
        if (m.Groups["word"].Success)
        {
            value = NumberWords.Values[m.Value];
            notes.Add($"spelled number \"{m.Value}\"");
        }
        else if (m.Groups["wan"].Success)
        {
            value = FigureRepairs.WanLiteral(m.Groups["wan"].Value);
            repaired = true;
            notes.Add($"\"{m.Value}\" read as {m.Groups["wan"].Value}万 = {value:0.##} (万 rendered as \"10,000\" after the digit)");
        }
        else
        {
            var (numeral, changed) = FigureRepairs.RepairOne(m.Value);
            if (changed) { repaired = true; notes.Add($"\"6.5438+0\" is an MT artifact for the digit 1: \"{m.Value}\" read as {numeral}"); }
            value = decimal.Parse(numeral.Replace(",", ""), CultureInfo.InvariantCulture);
        }
        if (!m.Groups["word"].Success && value is >= 1900 and <= 2099 && !m.Value.Contains(',') && !m.Value.Contains('.')
            && IsYearByContext(text, sentence, at, after))
            return new Figure(FigureKind.Year, new TextRange(at, after), m.Value, value, "year", "", "a year, not an indicator", false, false);

        var end = after;
        var unit = "";
        var scaled = false;
        var sc = Scale().Match(text, end);
        if (sc.Success && sc.Index + sc.Length <= sentence.End)
        {
            scaled = true;
            value *= sc.Groups["m"].Value.Equals("billion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000m : 1_000_000m;
            end = sc.Index + sc.Length;
            notes.Add($"\"{sc.Groups["m"].Value}\" read literally");
        }
        var (qualifier, start) = Qualifiers.Find(text, sentence.Start, at);
        var pc = Percent().Match(text, end);
        if (pc.Success && pc.Index + pc.Length <= sentence.End) { unit = "%"; end = pc.Index + pc.Length; }
        else
        {
            var (u, unitEnd, note) = UnitReader.Read(text, end, sentence.End, start, sentence.Start);
            unit = u;
            end = Math.Max(end, unitEnd);
            if (note.Length > 0) notes.Add(note);
        }
        var range = new TextRange(start, end);
        return new Figure(FigureKind.Quantity, range, range.Of(text), value, unit, qualifier, string.Join("; ", notes), repaired, scaled);
    }

    private static bool IsYearByContext(string text, TextRange sentence, int at, int after) =>
        YearContext().IsMatch(text[Math.Max(sentence.Start, at - 8)..at])
        || YearContext().IsMatch(text[after..Math.Min(sentence.End, after + 2)]);

    private static Figure Unrecoverable(string text, TextRange sentence, int at, int after, string artifact)
    {
        var (qualifier, start) = Qualifiers.Find(text, sentence.Start, at);
        var (unit, end, _) = UnitReader.Read(text, after, sentence.End, start, sentence.Start);
        var range = new TextRange(start, Math.Max(after, end));
        return new Figure(FigureKind.Unrecoverable, range, range.Of(text), null, unit, qualifier,
            $"\"{artifact}\" is a machine-translation artifact with no recoverable number; kept as text", false, false);
    }
}
