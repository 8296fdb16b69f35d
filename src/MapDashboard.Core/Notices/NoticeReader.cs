using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Core.Notices.Layout;
using MapDashboard.Core.Notices.Places;

namespace MapDashboard.Core.Notices;

/// <summary>
/// Reads a notice into practices, indicators and a review list. Pure: the gazetteer and review file come in.
/// The text is read in its normalised form (<see cref="NormalizedText"/>); every range, excerpt and source phrase in the
/// result indexes the text as given, so a copy with other line breaks or full-width characters highlights the same
/// sentences in itself. A text with no themes, no measures, no document number (a notice's id comes from it) or no known
/// place is a <see cref="NoticeFormatException"/>.
/// </summary>
public sealed class NoticeReader(IEnumerable<GazetteerEntry> gazetteer, ReviewDecisions decisions)
{
    private readonly GazetteerIndex _index = new(gazetteer);

    public NoticeExtraction Read(string text)
    {
        var notice = NormalizedText.Of(text);
        var structure = NoticeStructureParser.Parse(notice);
        if (structure.Number is null)
            throw new NoticeFormatException(
                "No document number found: a notice needs one (a short line of its own ending in \"[2021] No.12\" or \"〔2021〕12号\") to be told apart from others.");
        var measureReader = new MeasureReader(_index);
        var practices = new List<PracticeRecord>();
        var indicators = new List<IndicatorRecord>();
        var review = new List<ReviewItem>();
        var places = new Dictionary<string, GazetteerEntry>();
        var used = new HashSet<ReviewDecision>();
        foreach (var measure in structure.Measures)
        {
            var reading = measureReader.Read(notice, measure);
            review.AddRange(reading.Review);
            foreach (var p in reading.Places)
            {
                places.TryAdd(p.Place.Code, p.Place);
                var range = notice.ToOriginal(p.Range);
                practices.Add(new PracticeRecord(measure.ThemeNumber, measure.Number, p.Place.Code, p.Place.NameEn, range.Of(text), range));
            }
            foreach (var f in reading.Figures)
            {
                var indicator = Apply(measure.Number, f, used, review);
                if (indicator is null) continue;
                var range = notice.ToOriginal(indicator.Range);
                indicators.Add(indicator with { Range = range, SourcePhrase = range.Of(text) });
            }
        }
        foreach (var d in decisions.All.Where(d => !used.Contains(d)))
            review.Add(new ReviewItem(ReviewKind.UnusedDecision, 0, d.SourcePhrase, $"review decision for {d.Adcode} matches no figure in this text"));
        if (places.Count == 0)
            throw new NoticeFormatException(
                $"No places found: none of the {structure.Measures.Count} measures names a locality the gazetteer knows.");
        var localities = places.Values.Select(ToLocality).ToList();
        return new NoticeExtraction(NoticeStructureParser.ToOriginal(structure, notice), localities, practices, indicators, review);
    }

    private IndicatorRecord? Apply(int measure, AttachedFigure attached, HashSet<ReviewDecision> used, List<ReviewItem> review)
    {
        var (code, f) = attached;
        var decision = decisions.Find(code, f.SourcePhrase);
        if (decision is not null) used.Add(decision);
        var value = f.Value;
        var unit = f.Unit;
        var note = f.Note;
        var repaired = f.Repaired;
        switch (decision?.Action)
        {
            case ReviewAction.Ignore:
                review.Add(new ReviewItem(ReviewKind.IgnoredFigure, measure, f.SourcePhrase, $"{code}: {decision.Reason}"));
                return null;
            case ReviewAction.Set:
                repaired |= decision.Value != value;
                value = decision.Value;
                if (decision.Unit.Length > 0) unit = decision.Unit;
                note = Join(note, $"review: set to {value:0.####} {unit}. {decision.Reason}");
                break;
            case ReviewAction.Keep:
                note = Join(note, $"review: kept as read. {decision.Reason}");
                break;
            default:
                if (f.Scaled && f.Kind == FigureKind.Quantity && !IsMoney(unit))
                    review.Add(new ReviewItem(ReviewKind.UnreviewedMillion, measure, f.SourcePhrase,
                        $"{code}: a \"million\" count not yet reviewed for plausibility (万 is often mistranslated as million); add a decision to the review file"));
                break;
        }
        return new IndicatorRecord(measure, code, value, unit, f.Qualifier, f.SourcePhrase, f.Range, note, repaired);
    }

    private static bool IsMoney(string unit) => unit.Contains("yuan", StringComparison.OrdinalIgnoreCase);

    private static string Join(string a, string b) => a.Length == 0 ? b : $"{a}; {b}";

    private PlottedLocality ToLocality(GazetteerEntry e) =>
        new(e.Code, e.NameZh, e.NameEn, e.Level.ToCode(), e.ProvinceCode, e.ParentCode, e.Longitude, e.Latitude);
}
