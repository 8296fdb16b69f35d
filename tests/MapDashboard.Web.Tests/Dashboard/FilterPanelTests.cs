using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard.Filters;
using Microsoft.AspNetCore.Components;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

public class FilterPanelTests : AppBunitContext
{
    private DashboardFilter? _emitted;

    private IRenderedComponent<FilterPanel> RenderPanel(DashboardFilter filter) => Render<FilterPanel>(p => p
        .Add(x => x.Filter, filter)
        .Add(x => x.Facets, DashboardSamples.Facets())
        .Add(x => x.Measures, DashboardSamples.Measures)
        .Add(x => x.FilterChanged, EventCallback.Factory.Create<DashboardFilter>(this, f => _emitted = f)));

    private static void Toggle(IRenderedComponent<FilterPanel> panel, string testId) =>
        panel.Find($"input[data-testid='{testId}']").Change(false);

    [Fact]
    public void Switching_one_measure_off_queries_all_the_other_measures()
    {
        var panel = RenderPanel(DashboardFilter.None);
        Toggle(panel, "measure-2");
        Assert.Equal([1, 10], _emitted!.Measures!.Order());
    }

    [Fact]
    public void A_switch_hands_the_new_filter_up_and_leaves_drawing_the_panel_to_the_dashboard()
    {
        // The dashboard draws the panel again with the filter it hands up; a render of the panel's own besides was work
        // for nothing on every click, on the server and in the browser.
        var panel = RenderPanel(DashboardFilter.None);
        var renders = panel.RenderCount;
        Toggle(panel, "measure-2");
        Assert.NotNull(_emitted);
        Assert.Equal(renders, panel.RenderCount);
    }

    [Fact]
    public void Switching_a_theme_off_switches_off_all_its_measures()
    {
        var panel = RenderPanel(DashboardFilter.None);
        panel.Find("input[data-testid='theme-1']").Change(false);
        Assert.Equal([10], _emitted!.Measures!.Order());
    }

    [Fact]
    public void Switching_the_last_measure_back_on_removes_the_measure_restriction()
    {
        var panel = RenderPanel(DashboardFilter.None with { Measures = new HashSet<int> { 1, 10 } });
        panel.Find("input[data-testid='measure-2']").Change(true);
        Assert.Null(_emitted!.Measures);
    }

    [Fact]
    public void A_theme_with_some_measures_off_shows_as_partly_checked()
    {
        var panel = RenderPanel(DashboardFilter.None with { Measures = new HashSet<int> { 1, 10 } });
        var theme = panel.Find("input[data-testid='theme-1']");
        Assert.Contains("partly", theme.ClassName);
        Assert.False(theme.HasAttribute("checked"));
        Assert.EndsWith("(some of its measures on)", theme.GetAttribute("aria-label"));
    }

    private static string CountBeside(IRenderedComponent<FilterPanel> panel, string testId) =>
        panel.Find($"input[data-testid='{testId}']").Closest("label")!.QuerySelector("small")!.TextContent;

    [Fact]
    public void Counts_stand_beside_each_measure()
    {
        var panel = RenderPanel(DashboardFilter.None);
        Assert.Equal("1", CountBeside(panel, "measure-10"));
        Assert.Equal("2", CountBeside(panel, "theme-1"));
    }

    [Fact]
    public void Reset_clears_every_restriction()
    {
        var panel = RenderPanel(DashboardFilter.None with { ProvinceCodes = new HashSet<string> { "440000" } });
        panel.Find("[data-testid='reset-filters']").Click();
        Assert.True(_emitted!.IsEmpty);
    }

    [Fact]
    public void The_provinces_are_listed_only_while_their_box_is_open()
    {
        var panel = RenderPanel(DashboardFilter.None);
        var button = panel.Find("[data-testid='province-select']");
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.Empty(panel.FindAll("input[data-value='440000']"));

        button.Click();

        Assert.Equal("true", panel.Find("[data-testid='province-select']").GetAttribute("aria-expanded"));
        Assert.Contains("广东省 Guangdong Province (2)", panel.Find("input[data-value='440000']").ParentElement!.TextContent);
    }

    [Fact]
    public void Ticking_a_province_adds_it_to_those_chosen()
    {
        var panel = RenderPanel(DashboardFilter.None with { ProvinceCodes = new HashSet<string> { "510000" } });
        panel.Find("[data-testid='province-select']").Click();
        panel.Find("input[data-value='440000']").Change(true);
        Assert.Equal(["440000", "510000"], _emitted!.ProvinceCodes.Order());
    }

    [Fact]
    public void The_closed_box_names_the_chosen_provinces_and_clears_them()
    {
        var panel = RenderPanel(DashboardFilter.None with { ProvinceCodes = new HashSet<string> { "510000", "440000" } });
        Assert.Equal("Guangdong Province, Sichuan Province", panel.Find("[data-testid='province-select']").TextContent.Trim());
        panel.Find("[data-testid='province-select-clear']").Click();
        Assert.Empty(_emitted!.ProvinceCodes);
    }

    [Fact]
    public void Escape_closes_the_list_of_levels()
    {
        var panel = RenderPanel(DashboardFilter.None);
        panel.Find("[data-testid='level-select']").Click();
        Assert.NotEmpty(panel.FindAll("input[data-value='district']"));

        panel.Find("#filter-levels-list").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(panel.FindAll("input[data-value='district']"));
        Assert.Equal("false", panel.Find("[data-testid='level-select']").GetAttribute("aria-expanded"));
    }
}
