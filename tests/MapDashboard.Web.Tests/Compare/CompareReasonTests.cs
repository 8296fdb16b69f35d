using Bunit;
using MapDashboard.Web.Features.Compare;
using Xunit;
using static MapDashboard.Web.Tests.Presenter.SampleNotice;

namespace MapDashboard.Web.Tests.Compare;

/// <summary>Every figure that cannot be set beside another says why: missing, another indicator, another year, another unit, no number.</summary>
public class CompareReasonTests : AppBunitContext
{
    private static CompareLocality Place(int measure, string code, string name, string excerpt, params MapDashboard.Data.ReadModel.IndicatorRow[] figures) =>
        CompareLocality.From([Practice(measure, code, name, figures) with { Excerpt = excerpt }]);

    private static readonly CompareLocality Huadu = Place(10, "440114", "Huadu District", "In 2020 it issued loans", Figure(230_000_000, "yuan"));
    private static readonly CompareLocality Chongzhou = Place(10, "510184", "Chongzhou City", "By 2020 it had raised", Figure(2_800_000_000, "yuan"));
    private static readonly CompareLocality Xiangtan = Place(2, "430300", "Xiangtan City", "It built", Figure(29000, "sets of public rental housing"), Figure(null, "rooms"));

    private static CellReason? Reason(CompareTable table, string unit, int column) => table.Rows.Single(r => r.Unit == unit).Reasons[column];

    [Fact]
    public void Figures_of_the_same_measure_unit_and_year_compare_without_a_reason()
    {
        var table = new CompareTable([Huadu, Chongzhou]);
        Assert.Null(Reason(table, "yuan", 0));
        Assert.Null(Reason(table, "yuan", 1));
    }

    [Fact]
    public void A_place_without_a_figure_in_the_unit_is_missing()
    {
        var table = new CompareTable([Huadu, Xiangtan, Chongzhou]);
        Assert.Equal(CompareReason.Missing, Reason(table, "yuan", 1)!.Reason);
    }

    [Fact]
    public void The_same_unit_counted_for_another_measure_is_another_indicator()
    {
        var investment = Place(3, "410183", "Xinmi City", "In 2020 it invested", Figure(5_000_000, "yuan"));
        var reason = Reason(new CompareTable([Huadu, investment]), "yuan", 1)!;
        Assert.Equal(CompareReason.DifferentIndicator, reason.Reason);
        Assert.Equal([3], reason.Measures);
    }

    [Fact]
    public void Figures_dated_to_different_years_say_so()
    {
        var earlier = Place(10, "510117", "Pidu District", "Since 2018 it has issued", Figure(40_000_000, "yuan"));
        var reason = Reason(new CompareTable([Huadu, earlier]), "yuan", 1)!;
        Assert.Equal(CompareReason.DifferentYear, reason.Reason);
        Assert.Equal([2018], reason.Years);
    }

    [Theory]
    [InlineData("In 2,800 cases", new int[0])]
    [InlineData("from 2018 to 2020", new[] { 2018, 2020 })]
    [InlineData("20190 households and 2019.5", new int[0])]
    public void Years_are_four_digit_numbers_standing_alone(string text, int[] years) =>
        Assert.Equal(years, CompareReasons.YearsIn(text));

    [Fact]
    public void A_unit_nobody_else_reports_and_a_figure_kept_as_text_say_why_they_have_no_row()
    {
        var others = new CompareTable([Huadu, Xiangtan]).OthersWithReasons[1];
        Assert.Equal([("sets of public rental housing", CompareReason.DifferentUnit), ("rooms", CompareReason.NoNumber)],
            others.Select(o => (o.Figure.Unit, o.Reason)));
    }

    [Fact]
    public void The_grid_writes_each_reason_beside_the_figures_it_concerns()
    {
        var investment = Place(3, "410183", "Xinmi City", "In 2020 it invested", Figure(5_000_000, "yuan"));
        var cut = Render<CompareGrid>(p => p.Add(g => g.Table, new CompareTable([Huadu, investment, Xiangtan])));

        var xinmi = cut.Find("[data-testid=compare-cell][data-unit=yuan][data-code='410183']");
        Assert.Contains("Not comparable: counted for another measure (3)", xinmi.TextContent);
        var xiangtan = cut.Find("[data-testid=compare-cell][data-unit=yuan][data-code='430300']");
        Assert.Contains("No figure in this unit", xiangtan.TextContent);
        var other = cut.Find("[data-testid=compare-other][data-code='430300']");
        Assert.Contains("Not comparable: no other place reports these units", other.TextContent);
        Assert.Contains("Not comparable: kept as text, no number", other.TextContent);
    }

    [Fact]
    public void Each_column_head_names_the_notice_its_place_comes_from()
    {
        var older = new CompareNotice("ndrc-2021-668", "[2021] No.668", "Notice on pilots", null);
        var newer = new CompareNotice("ndrc-2023-901", "[2023] No.901", "Notice on more pilots", null);
        var cut = Render<CompareGrid>(p => p.Add(g => g.Table, new CompareTable([Huadu with { Notice = older }, Huadu with { Notice = newer }])));

        var heads = cut.FindAll("[data-testid=compare-notice]");
        Assert.Contains("From notice [2021] No.668", heads[0].TextContent);
        Assert.Contains("From notice [2023] No.901", heads[1].TextContent);
        Assert.Equal(["ndrc-2021-668", "ndrc-2023-901"], cut.FindAll("[data-testid=compare-panel]").Select(p => p.GetAttribute("data-notice")));
    }
}
