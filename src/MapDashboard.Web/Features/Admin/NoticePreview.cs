using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Import;

namespace MapDashboard.Web.Features.Admin;

/// <summary>A place the text credits, where it is, and under which measures.</summary>
public sealed record PreviewPlace(string Code, string NameZh, string NameEn, string Level, double Longitude, double Latitude, IReadOnlyList<int> Measures);

/// <summary>A figure as it will be stored, with the decision that shaped it (null: read by the rules alone).</summary>
public sealed record PreviewFigure(int Measure, string Code, string PlaceName, string SourcePhrase, decimal? Value, string Unit,
    string Note, bool Repaired, ReviewDecision? Decision);

/// <summary>A numbered measure of the notice.</summary>
public sealed record PreviewMeasure(int Number, string Title);

/// <summary>
/// What publishing an uploaded text would store, shown before anything is written: the places and where they are, the
/// ambiguous names and how they were decided, every figure with its repair, the measures whose paragraph named no known
/// place, and, when the document number is already stored, the difference from the stored version. Every string in it
/// comes from the notice and is shown only as text.
/// </summary>
public sealed record NoticePreview(
    string? Number,
    string? NoticeId,
    string Title,
    int Themes,
    IReadOnlyList<PreviewMeasure> Measures,
    IReadOnlyList<PreviewPlace> Places,
    int Practices,
    IReadOnlyList<PreviewFigure> Figures,
    IReadOnlyList<ReviewItem> Homonyms,
    IReadOnlyList<PreviewMeasure> Unplaced,
    IReadOnlyList<ReviewItem> UnmatchedNames,
    IReadOnlyList<ReviewItem> IgnoredFigures,
    NoticeDiff? Diff)
{
    public int RepairedFigures => Figures.Count(f => f.Repaired);

    /// <summary>Publishable: the text carries a document number, which names the notice.</summary>
    public bool CanPublish => NoticeId is not null;

    public static NoticePreview From(NoticeExtraction x, ReviewDecisions decisions, NoticeDiff? diff)
    {
        var names = x.Localities.ToDictionary(l => l.Code, l => l.NameEn);
        var measuresOf = x.Practices.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(p => p.Measure).Distinct().Order().ToList());
        var places = x.Localities
            .Select(l => new PreviewPlace(l.Code, l.NameZh, l.NameEn, l.Level, l.Longitude, l.Latitude, measuresOf.GetValueOrDefault(l.Code, [])))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var figures = x.Indicators
            .Select(i => new PreviewFigure(i.Measure, i.Code, names.GetValueOrDefault(i.Code, i.Code), i.SourcePhrase, i.Value, i.Unit,
                i.Note, i.Repaired, decisions.Find(i.Code, i.SourcePhrase)))
            .ToList();
        var credited = x.Practices.Select(p => p.Measure).ToHashSet();
        var measures = x.Structure.Measures.Select(m => new PreviewMeasure(m.Number, m.Title)).ToList();
        return new NoticePreview(
            x.Structure.Number?.Text, x.Structure.Number?.Slug, x.Structure.Title, x.Structure.Themes.Count, measures, places,
            x.Practices.Count, figures,
            Homonyms: x.Review.Where(r => r.Kind is ReviewKind.AmbiguousResolved or ReviewKind.AmbiguousUnresolved).ToList(),
            Unplaced: measures.Where(m => !credited.Contains(m.Number)).ToList(),
            UnmatchedNames: x.Review.Where(r => r.Kind == ReviewKind.UnmatchedName).ToList(),
            IgnoredFigures: x.Review.Where(r => r.Kind == ReviewKind.IgnoredFigure).ToList(),
            diff);
    }
}
