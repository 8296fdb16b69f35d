using Bunit;
using MapDashboard.Web.Features.Compare;
using Microsoft.AspNetCore.Components;
using Xunit;
using static MapDashboard.Web.Tests.Presenter.SampleNotice;

namespace MapDashboard.Web.Tests.Compare;

public class CompareGridTests : AppBunitContext
{

    private static readonly CompareTable Table = new(
    [
        CompareLocality.From([Practice(10, "440114", "Huadu District", Figure(230_000_000, "yuan", "about"))]),
        CompareLocality.From([Practice(10, "510184", "Chongzhou City", Figure(9, "types of rural assets"), Figure(2_800_000_000, "yuan", "about"))]),
    ]);

    private IRenderedComponent<CompareGrid> RenderGrid(EventCallback<CompareLocality> removed = default) =>
        Render<CompareGrid>(p => p.Add(g => g.Table, Table).Add(g => g.Removed, removed));

    [Fact]
    public void Each_locality_gets_a_panel_with_its_name_level_and_province()
    {
        var panels = RenderGrid().FindAll("[data-testid=compare-panel]");
        Assert.Equal(["440114", "510184"], panels.Select(p => p.GetAttribute("data-code")));
        Assert.Contains("Huadu District", panels[0].TextContent);
        Assert.Contains("Prefecture-level city · Province 44", panels[0].TextContent);
    }

    [Fact]
    public void Figures_in_the_same_unit_line_up_on_one_row_one_cell_per_panel()
    {
        var cells = RenderGrid().FindAll("[data-testid=compare-cell][data-unit=yuan]");
        Assert.Equal(["440114", "510184"], cells.Select(c => c.GetAttribute("data-code")));
        Assert.Contains("230,000,000", cells[0].TextContent);
        Assert.Contains("2,800,000,000", cells[1].TextContent);
    }

    [Fact]
    public void A_figure_without_a_counterpart_stays_under_other_figures_of_its_panel()
    {
        var others = RenderGrid().FindAll("[data-testid=compare-other]");
        Assert.Contains("types of rural assets", others[1].TextContent);
        Assert.DoesNotContain("yuan", others[1].TextContent);
    }

    [Fact]
    public void Each_panel_lists_its_measures()
    {
        var measures = RenderGrid().FindAll("[data-testid=compare-measures]");
        Assert.All(measures, m => Assert.Contains("(10) Measure 10 title", m.TextContent));
    }

    [Fact]
    public void The_remove_button_reports_the_locality_it_belongs_to()
    {
        CompareLocality? removed = null;
        var cut = RenderGrid(EventCallback.Factory.Create<CompareLocality>(this, c => removed = c));
        cut.Find("button[aria-label='Remove Chongzhou City']").Click();
        Assert.Equal("510184", removed?.Code);
    }
}
