using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Core.Notices.Layout;
using MapDashboard.Core.Notices.Places;

namespace MapDashboard.Core.Notices;

/// <summary>A locality credited under one measure, with the sentences that credit it.</summary>
public sealed record CreditedPlace(GazetteerEntry Place, TextRange Range);

/// <summary>A figure and the locality it belongs to.</summary>
public sealed record AttachedFigure(string Code, Figure Figure);

public sealed record MeasureReading(IReadOnlyList<CreditedPlace> Places, IReadOnlyList<AttachedFigure> Figures, IReadOnlyList<ReviewItem> Review)
{
    /// <summary>The review decisions that chose a unit for a homonym in this measure.</summary>
    public IReadOnlyList<ReviewDecision> PlaceDecisions { get; init; } = [];
}

/// <summary>
/// Reads one measure paragraph sentence by sentence (the lead sentence states the measure and credits nobody).
/// A sentence credits the places it names, except a place named only to locate another one in the same sentence (its
/// province, prefecture or county: Guangzhou for Huadu, Gongzhuling for Fan Jiatun Town). A sentence naming no place
/// continues the places of the sentence before it. A figure belongs to the nearest credited place before it in its
/// sentence, else the first one after it ("Nearly 10,000 parking spaces in Xinmi").
/// </summary>
public sealed class MeasureReader(GazetteerIndex index, ReviewDecisions? decisions = null)
{
    private readonly PlaceMentionFinder _finder = new(index);
    private readonly PlaceResolver _resolver = new(index, decisions);

    /// <summary>Reads a measure of the normalised text; ranges in the result index <see cref="NormalizedText.Text"/>.</summary>
    public MeasureReading Read(NormalizedText notice, NoticeMeasure measure)
    {
        var text = notice.Text;
        var places = new Dictionary<string, CreditedPlace>();
        var order = new List<string>();
        var figures = new List<AttachedFigure>();
        var review = new List<ReviewItem>();
        var decided = new List<ReviewDecision>();
        var earlier = new Dictionary<string, GazetteerEntry>();
        IReadOnlyList<(GazetteerEntry Place, int At)> previous = [];

        foreach (var sentence in SentenceSplitter.Split(text, measure.Paragraph).Skip(1))
        {
            var anchors = CreditedIn(text, sentence, measure.Number, earlier, review, decided);
            var continuation = anchors.Count == 0;
            if (continuation) anchors = previous;
            else previous = anchors;
            foreach (var (place, _) in anchors)
            {
                if (places.TryGetValue(place.Code, out var known))
                    places[place.Code] = known with { Range = new TextRange(known.Range.Start, sentence.End) };
                else { places[place.Code] = new CreditedPlace(place, sentence); order.Add(place.Code); }
            }
            var found = FigureFinder.Find(text, sentence).Where(f => f.Kind != FigureKind.Year).ToList();
            foreach (var figure in found)
            {
                var owner = Owner(anchors, figure.Range.Start, continuation);
                if (owner is null)
                    review.Add(new ReviewItem(ReviewKind.UnattachedFigure, measure.Number, figure.SourcePhrase, "no locality credited in or before this sentence"));
                else
                {
                    if (continuation && anchors.Count > 1)
                        review.Add(new ReviewItem(ReviewKind.UnattachedFigure, measure.Number, figure.SourcePhrase,
                            $"continues a sentence crediting {anchors.Count} localities; attached to the first, {owner.Code}"));
                    figures.Add(new AttachedFigure(owner.Code, figure));
                }
            }
            ReportGarbled(notice, sentence, measure.Number, found, anchors, review);
        }
        return new MeasureReading(order.Select(c => places[c]).ToList(), figures, review) { PlaceDecisions = decided };
    }

    private IReadOnlyList<(GazetteerEntry Place, int At)> CreditedIn(string text, TextRange sentence, int measure,
        Dictionary<string, GazetteerEntry> earlier, List<ReviewItem> review, List<ReviewDecision> decided)
    {
        var mentions = new List<PlaceMention>();
        foreach (var m in _finder.Find(text, sentence))
        {
            if (m.Institution == InstitutionKind.NotALocality)
                review.Add(new ReviewItem(ReviewKind.Institution, measure, m.Surface, "starts an institution's name; not a locality"));
            else mentions.Add(m);
        }
        var resolved = new List<PlaceResolution>();
        foreach (var r in _resolver.Resolve(mentions, earlier))
        {
            if (r.Chosen is null)
            {
                var kind = r.Candidates.Count == 0 ? ReviewKind.UnmatchedName : ReviewKind.AmbiguousUnresolved;
                var detail = r.Candidates.Count == 0 ? r.Why : $"candidates {Describe(r.Candidates)}: {r.Why}; not plotted";
                review.Add(new ReviewItem(kind, measure, r.Mention.Surface, detail) { Candidates = Codes(r.Candidates) });
                continue;
            }
            if (r.WasAmbiguous)
                review.Add(new ReviewItem(ReviewKind.AmbiguousResolved, measure, r.Mention.Surface,
                    $"candidates {Describe(r.Candidates)}; chose {r.Chosen.Code} {r.Chosen.NameZh} because {r.Why}")
                {
                    Candidates = Codes(r.Candidates), Chosen = r.Chosen.Code, DecidedByReview = r.Decision is not null,
                });
            if (r.Decision is { } d && !decided.Contains(d)) decided.Add(d);
            earlier[r.Mention.Key] = r.Chosen;
            resolved.Add(r);
        }
        var credited = new List<(GazetteerEntry, int)>();
        foreach (var r in resolved)
        {
            var child = resolved.FirstOrDefault(o => index.IsAncestor(r.Chosen!, o.Chosen!));
            if (child is not null)
                review.Add(new ReviewItem(ReviewKind.ParentAsLocator, measure, r.Mention.Surface,
                    $"{r.Chosen!.Code} named to locate {child.Mention.Surface} ({child.Chosen!.Code}); not credited"));
            else if (credited.All(c => c.Item1.Code != r.Chosen!.Code)) credited.Add((r.Chosen!, r.Mention.Range.Start));
        }
        return credited;
    }

    private static GazetteerEntry? Owner(IReadOnlyList<(GazetteerEntry Place, int At)> anchors, int at, bool continuation)
    {
        if (anchors.Count == 0) return null;
        if (continuation) return anchors[0].Place;
        var before = anchors.Where(a => a.At <= at).OrderByDescending(a => a.At).FirstOrDefault();
        return before.Place ?? anchors.OrderBy(a => a.At).First().Place;
    }

    private static void ReportGarbled(NormalizedText notice, TextRange sentence, int measure, List<Figure> figures,
        IReadOnlyList<(GazetteerEntry Place, int At)> anchors, List<ReviewItem> review)
    {
        var s = sentence.Of(notice.Text);
        var where = anchors.Count > 0 ? $" (in the practice of {anchors[0].Place.Code})" : "";
        foreach (var m in FigureRepairs.Censored().Matches(s).Concat(FigureRepairs.Unrecoverable().Matches(s)))
        {
            var at = sentence.Start + m.Index;
            if (figures.Any(f => f.Range.Start <= at && at < f.Range.End)) continue;
            review.Add(new ReviewItem(ReviewKind.GarbledText, measure, m.Value, $"censored or garbled text at {notice.ToOriginal(at)}{where}; left as is"));
        }
    }

    private static IReadOnlyList<string> Codes(IEnumerable<GazetteerEntry> entries) => entries.Select(e => e.Code).ToList();

    private static string Describe(IEnumerable<GazetteerEntry> entries) =>
        string.Join(", ", entries.Select(e => $"{e.Code} {e.NameZh}"));
}
