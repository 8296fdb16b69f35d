using System.Text.RegularExpressions;
using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Compare;

/// <summary>Why a figure cannot be set beside the others.</summary>
public enum CompareReason
{
    /// <summary>The place reports no number in the row's unit.</summary>
    Missing,
    /// <summary>Same unit, but counted for another measure: the numbers measure different things.</summary>
    DifferentIndicator,
    /// <summary>Same unit and measure, but the passages date their figures to different years.</summary>
    DifferentYear,
    /// <summary>No other place reports a number in this unit.</summary>
    DifferentUnit,
    /// <summary>The figure stays text (garbled beyond repair): there is no number to compare.</summary>
    NoNumber,
}

/// <summary>A row cell's reason and what it rests on: the measures or years of the cell (empty for a missing figure).</summary>
public sealed record CellReason(CompareReason Reason, IReadOnlyList<int> Measures, IReadOnlyList<int> Years);

/// <summary>
/// Finds why cells of a unit row do not compare. A cell is compared with the other cells that hold figures: it differs
/// in indicator when it shares no measure with any of them, in year when its passage names years and another's names
/// only other years. Years are read from the practice's passage, as the notice dates its figures there.
/// </summary>
public static partial class CompareReasons
{
    /// <summary>A figure with the measure and the years of the passage it was read from.</summary>
    public sealed record Dated(IndicatorRow Figure, int Measure, IReadOnlyList<int> Years);

    public static IEnumerable<Dated> DatedFigures(CompareLocality l) =>
        l.Practices.SelectMany(p => p.Indicators.Select(f => new Dated(f, p.MeasureNumber, YearsIn(p.Excerpt))));

    public static IReadOnlyList<int> YearsIn(string text) =>
        Year().Matches(text).Select(m => int.Parse(m.Value)).Distinct().Order().ToList();

    /// <summary>One reason (or null: comparable) per cell of a row, in column order.</summary>
    public static IReadOnlyList<CellReason?> ForRow(IReadOnlyList<IReadOnlyList<Dated>> cells)
    {
        var reasons = new CellReason?[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var others = cells.Where((c, j) => j != i && c.Count > 0).ToList();
            var measures = cell.Select(d => d.Measure).Distinct().Order().ToList();
            var years = cell.SelectMany(d => d.Years).Distinct().Order().ToList();
            if (cell.Count == 0) reasons[i] = new CellReason(CompareReason.Missing, [], []);
            else if (others.Count > 0 && !others.Any(o => o.Any(d => measures.Contains(d.Measure))))
                reasons[i] = new CellReason(CompareReason.DifferentIndicator, measures, years);
            else if (years.Count > 0 && others.Any(o => o.SelectMany(d => d.Years).ToList() is { Count: > 0 } theirs && !theirs.Intersect(years).Any()))
                reasons[i] = new CellReason(CompareReason.DifferentYear, measures, years);
        }
        return reasons;
    }

    // 1900–2099 standing alone: "in 2019", "2018-2020"; not part of a longer number.
    [GeneratedRegex(@"(?<![\d.,])(19|20)\d{2}(?!\d)(?![.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
