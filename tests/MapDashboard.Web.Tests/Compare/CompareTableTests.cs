using MapDashboard.Web.Features.Compare;
using Xunit;
using static MapDashboard.Web.Tests.Presenter.SampleNotice;

namespace MapDashboard.Web.Tests.Compare;

public class CompareTableTests
{
    private static CompareLocality Locality(params MapDashboard.Data.ReadModel.PracticeRow[] practices) => CompareLocality.From(practices);

    private static readonly CompareLocality Xiangtan = Locality(Practice(2, "430300", "Xiangtan City", Figure(29000, "sets of public rental housing", "about")));
    private static readonly CompareLocality Suizhou = Locality(Practice(2, "421300", "Suizhou City",
        Figure(18000, "sets of public rental housing", "about"), Figure(5, "schools")));
    private static readonly CompareLocality Chongzhou = Locality(Practice(10, "510184", "Chongzhou City", Figure(2_800_000_000, "yuan")));

    [Fact]
    public void Figures_in_the_same_unit_share_one_row_in_column_order()
    {
        var row = Assert.Single(new CompareTable([Xiangtan, Suizhou]).Rows);
        Assert.Equal("sets of public rental housing", row.Unit);
        Assert.Equal([29000m, 18000m], row.Cells.Select(c => Assert.Single(c).Value!.Value));
    }

    [Fact]
    public void A_unit_only_one_locality_reports_stays_in_its_own_panel()
    {
        var table = new CompareTable([Xiangtan, Suizhou]);
        Assert.Empty(table.Others[0]);
        Assert.Equal("schools", Assert.Single(table.Others[1]).Unit);
    }

    [Fact]
    public void A_locality_without_the_unit_gets_an_empty_cell_on_that_row()
    {
        var row = Assert.Single(new CompareTable([Xiangtan, Chongzhou, Suizhou]).Rows);
        Assert.Equal([1, 0, 1], row.Cells.Select(c => c.Count));
    }

    [Fact]
    public void Localities_with_no_unit_in_common_have_nothing_comparable()
    {
        var table = new CompareTable([Xiangtan, Chongzhou]);
        Assert.Empty(table.ComparableUnits);
        Assert.Single(table.Others[1]);
    }

    [Fact]
    public void The_chart_has_one_bar_per_locality_reporting_the_unit_and_leaves_the_others_out()
    {
        var bars = new CompareTable([Xiangtan, Chongzhou, Suizhou]).Chart("sets of public rental housing");
        Assert.Equal([("Xiangtan City", 29000d), ("Suizhou City", 18000d)], bars.Select(b => (b.Label, b.Value)));
    }

    [Fact]
    public void Figures_kept_as_text_are_never_aligned_or_charted()
    {
        var a = Locality(Practice(9, "110118", "Miyun District", Figure(null, "public school gymnasiums")));
        var b = Locality(Practice(9, "522601", "Kaili City", Figure(null, "public school gymnasiums")));
        var table = new CompareTable([a, b]);
        Assert.Empty(table.Rows);
        Assert.All(table.Others, o => Assert.Single(o));
    }
}
