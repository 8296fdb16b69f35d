using System.Globalization;
using MapDashboard.Core.Notices.Layout;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Notices.Figures;

public enum ReviewAction
{
    /// <summary>Replace the value (and unit, when given) read from the text.</summary>
    Set,
    /// <summary>The figure was checked and is plausible as read.</summary>
    Keep,
    /// <summary>Not an indicator (a threshold, a label).</summary>
    Ignore,
}

/// <summary>
/// A person's decision about one figure, keyed by the locality it belongs to and its source phrase; the phrase matches
/// across white space, line breaks and full-width characters (<see cref="NormalizedText.Phrase"/>).
/// </summary>
public sealed record ReviewDecision(string Adcode, string SourcePhrase, ReviewAction Action, decimal? Value, string Unit, string Reason);

/// <summary>
/// The review file (seeds/&lt;slug&gt;.review.csv, found by the notice's document number, see NoticeSeed): columns adcode, source_phrase, action (set|keep|ignore), value, unit,
/// reason. Judgement calls such as "万 was mistranslated as million here" live there, not in code.
/// </summary>
public sealed class ReviewDecisions
{
    public static readonly string[] Header = ["adcode", "source_phrase", "action", "value", "unit", "reason"];

    private readonly Dictionary<(string, string), ReviewDecision> _byKey;

    public ReviewDecisions(IEnumerable<ReviewDecision> decisions)
    {
        All = decisions.ToList();
        _byKey = new Dictionary<(string, string), ReviewDecision>();
        foreach (var d in All)
            if (!_byKey.TryAdd((d.Adcode, NormalizedText.Phrase(d.SourcePhrase)), d))
                throw new FormatException($"Review file: two decisions for {d.Adcode} \"{d.SourcePhrase}\".");
    }

    public static ReviewDecisions None { get; } = new([]);

    public IReadOnlyList<ReviewDecision> All { get; }

    public ReviewDecision? Find(string adcode, string sourcePhrase)
    {
        var phrase = NormalizedText.Phrase(sourcePhrase);
        return _byKey.GetValueOrDefault((adcode, phrase)) ?? _byKey.GetValueOrDefault(("", phrase));
    }

    public static ReviewDecisions Read(TextReader reader)
    {
        var rows = Csv.ReadRecords(reader).ToList();
        if (rows.Count == 0 || !rows[0].SequenceEqual(Header))
            throw new FormatException($"Review file: the first line must be {string.Join(',', Header)}.");
        var list = new List<ReviewDecision>();
        for (var i = 1; i < rows.Count; i++)
        {
            var f = rows[i];
            if (f.Length == 1 && f[0].Length == 0) continue;
            if (f.Length != Header.Length) throw new FormatException($"Review file line {i + 1}: {f.Length} fields, expected {Header.Length}.");
            var action = f[2] switch
            {
                "set" => ReviewAction.Set,
                "keep" => ReviewAction.Keep,
                "ignore" => ReviewAction.Ignore,
                _ => throw new FormatException($"Review file line {i + 1}: action '{f[2]}' is not set, keep or ignore."),
            };
            decimal? value = f[3].Length == 0 ? null : decimal.Parse(f[3], CultureInfo.InvariantCulture);
            if (action == ReviewAction.Set && value is null)
                throw new FormatException($"Review file line {i + 1}: 'set' needs a value.");
            list.Add(new ReviewDecision(f[0], f[1], action, value, f[4], f[5]));
        }
        return new ReviewDecisions(list);
    }

    /// <summary>Reads decisions from the text of a review file (as kept in a notice's revision).</summary>
    public static ReviewDecisions Parse(string csv) => Read(new StringReader(csv));

    /// <summary>The decisions as a review file: the header, then one line per decision in order ("\n" line ends); values without trailing zeros.</summary>
    public string ToCsv()
    {
        var text = new StringWriter();
        Csv.Write(text, Header, All.Select(d => new[]
        {
            d.Adcode, d.SourcePhrase, ActionName(d.Action), d.Value?.ToString("0.############", CultureInfo.InvariantCulture), d.Unit, d.Reason,
        }));
        return text.ToString();
    }

    /// <summary>"set", "keep" or "ignore": the action as the review file and the database spell it.</summary>
    public static string ActionName(ReviewAction action) => action.ToString().ToLowerInvariant();

    /// <summary>The action a review file or the database spells; a FormatException for anything else.</summary>
    public static ReviewAction ParseAction(string name) => name switch
    {
        "set" => ReviewAction.Set,
        "keep" => ReviewAction.Keep,
        "ignore" => ReviewAction.Ignore,
        _ => throw new FormatException($"Review action '{name}' is not set, keep or ignore."),
    };

    public static ReviewDecisions ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }
}
