using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// A unit two or more of the localities report numbers in, with each locality's figures in that unit (column order)
/// and, per cell, why it does not compare (null when it does).
/// </summary>
public sealed record ComparableRow(string Unit, IReadOnlyList<IReadOnlyList<IndicatorRow>> Cells, IReadOnlyList<CellReason?> Reasons);

/// <summary>A figure that has no row, and why: its unit is nobody else's, or it has no number.</summary>
public sealed record OtherFigure(IndicatorRow Figure, CompareReason Reason);

/// <summary>One bar of the chart: a locality and its largest figure in the chosen unit.</summary>
public sealed record ChartBar(string Label, double Value);

/// <summary>
/// Lines the localities' figures up: units reported (as numbers) by at least two localities become rows across all
/// panels; every other figure stays in its own panel. Every figure that cannot be set beside another says why.
/// </summary>
public sealed class CompareTable
{
    public IReadOnlyList<CompareLocality> Localities { get; }
    public IReadOnlyList<ComparableRow> Rows { get; }
    /// <summary>Per locality (column order), the figures that have no counterpart elsewhere.</summary>
    public IReadOnlyList<IReadOnlyList<IndicatorRow>> Others => OthersWithReasons.Select(c => (IReadOnlyList<IndicatorRow>)c.Select(o => o.Figure).ToList()).ToList();
    /// <summary>Per locality (column order), the figures without a row with the reason.</summary>
    public IReadOnlyList<IReadOnlyList<OtherFigure>> OthersWithReasons { get; }

    public CompareTable(IReadOnlyList<CompareLocality> localities)
    {
        Localities = localities;
        var dated = localities.Select(l => CompareReasons.DatedFigures(l).ToList()).ToList();
        var units = localities
            .SelectMany(l => l.Figures.Where(f => f.Value is not null).Select(f => (l.Code, f.Unit)).Distinct())
            .GroupBy(x => x.Unit, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => g.Key)
            .OrderByDescending(u => localities.Count(l => l.Figures.Any(f => f.Value is not null && f.Unit == u)))
            .ThenBy(u => u, StringComparer.Ordinal)
            .ToList();
        var comparable = units.ToHashSet(StringComparer.Ordinal);
        Rows = units.Select(u =>
        {
            var cells = dated.Select(d => (IReadOnlyList<CompareReasons.Dated>)d.Where(x => x.Figure.Value is not null && x.Figure.Unit == u).ToList()).ToList();
            return new ComparableRow(u, cells.Select(c => (IReadOnlyList<IndicatorRow>)c.Select(x => x.Figure).ToList()).ToList(),
                CompareReasons.ForRow(cells));
        }).ToList();
        OthersWithReasons = localities
            .Select(l => (IReadOnlyList<OtherFigure>)l.Figures.Where(f => f.Value is null || !comparable.Contains(f.Unit))
                .Select(f => new OtherFigure(f, f.Value is null ? CompareReason.NoNumber : CompareReason.DifferentUnit)).ToList())
            .ToList();
    }

    public IReadOnlyList<string> ComparableUnits => Rows.Select(r => r.Unit).ToList();

    /// <summary>Bars for one unit: localities without a figure in it are left out (a missing figure is not zero).</summary>
    public IReadOnlyList<ChartBar> Chart(string unit)
    {
        var row = Rows.FirstOrDefault(r => r.Unit == unit);
        if (row is null) return [];
        return Localities.Zip(row.Cells)
            .Where(x => x.Second.Count > 0)
            .Select(x => new ChartBar(x.First.NameEn, (double)x.Second.Max(f => f.Value!.Value)))
            .ToList();
    }
}
