using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Compare;

/// <summary>A unit two or more of the localities report numbers in, with each locality's figures in that unit (column order).</summary>
public sealed record ComparableRow(string Unit, IReadOnlyList<IReadOnlyList<IndicatorRow>> Cells);

/// <summary>One bar of the chart: a locality and its largest figure in the chosen unit.</summary>
public sealed record ChartBar(string Label, double Value);

/// <summary>
/// Lines the localities' figures up: units reported (as numbers) by at least two localities become rows across all
/// panels; every other figure stays in its own panel.
/// </summary>
public sealed class CompareTable
{
    public IReadOnlyList<CompareLocality> Localities { get; }
    public IReadOnlyList<ComparableRow> Rows { get; }
    /// <summary>Per locality (column order), the figures that have no counterpart elsewhere.</summary>
    public IReadOnlyList<IReadOnlyList<IndicatorRow>> Others { get; }

    public CompareTable(IReadOnlyList<CompareLocality> localities)
    {
        Localities = localities;
        var units = localities
            .SelectMany(l => l.Figures.Where(f => f.Value is not null).Select(f => (l.Code, f.Unit)).Distinct())
            .GroupBy(x => x.Unit, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => g.Key)
            .OrderByDescending(u => localities.Count(l => l.Figures.Any(f => f.Value is not null && f.Unit == u)))
            .ThenBy(u => u, StringComparer.Ordinal)
            .ToList();
        var comparable = units.ToHashSet(StringComparer.Ordinal);
        Rows = units.Select(u => new ComparableRow(u,
            localities.Select(l => (IReadOnlyList<IndicatorRow>)l.Figures.Where(f => f.Value is not null && f.Unit == u).ToList()).ToList()))
            .ToList();
        Others = localities
            .Select(l => (IReadOnlyList<IndicatorRow>)l.Figures.Where(f => f.Value is null || !comparable.Contains(f.Unit)).ToList())
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
