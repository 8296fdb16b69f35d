using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Features.Dashboard.Practices;
using MapDashboard.Web.Tests.Localization;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The list's quick filter comes from the link and goes back into it; the list is arranged as the link says.</summary>
public sealed class PracticeGridViewTests : AppBunitContext
{
    private static readonly IReadOnlyList<PracticeRow> Rows =
    [
        DashboardSamples.Row(1, "510117", "郫都区", "Pidu District", "Sichuan Province", "四川省"),
        DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省"),
        DashboardSamples.Row(2, "510184", "崇州市", "Chongzhou City", "Sichuan Province", "四川省"),
    ];

    [Fact]
    public async Task The_filter_of_the_link_is_in_the_box_and_a_new_one_goes_back_into_the_link()
    {
        var changed = new TaskCompletionSource<GridView>();
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.View, DashboardUrl.Parse("?sort=-locality&q=Sichuan").Grid)
            .Add(x => x.ViewChanged, v => changed.TrySetResult(v)));
        var box = grid.Find("input[data-testid=grid-filter]");
        Assert.Equal("Sichuan", box.GetAttribute("value"));

        box.Input("成都");
        // The filter follows the typing after a pause (no render of the grid comes with it to wait on).
        var link = (DashboardUrl.Default with { Grid = await changed.Task.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken) }).ToQueryString();
        Assert.Equal(new GridView("locality", true, "成都"), DashboardUrl.Parse("?" + link).Grid);
    }

    [Fact]
    public void The_list_is_filtered_and_sorted_as_the_link_says()
    {
        var view = DashboardUrl.Parse("?sort=-locality&q=Sichuan").Grid;
        var listed = view.Arrange(Rows, _ => null).Select(r => r.NameEn);
        Assert.Equal(["Pidu District", "Chongzhou City"], listed);
    }

    [Theory]
    [InlineData(null, false, "locality", false)]
    [InlineData("locality", false, "locality", true)]
    [InlineData("locality", true, null, false)]
    [InlineData("province", true, "locality", false)]
    public void A_column_header_sorts_ascending_then_descending_then_back_to_the_list_s_own_order(
        string? sortedBy, bool descending, string? next, bool nextDescending)
    {
        GridView? changed = null;
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.View, new GridView(sortedBy, descending, "Sichuan"))
            .Add(x => x.ViewChanged, v => changed = v));

        grid.Find("[data-testid='sort-locality']").Click();

        Assert.Equal(new GridView(next, nextDescending, "Sichuan"), changed);
    }

    [Fact]
    public async Task Typing_waits_for_a_pause_then_hands_the_last_text_to_the_link_without_redrawing_per_key()
    {
        var changes = new List<GridView>();
        var first = new TaskCompletionSource();
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.ViewChanged, v => { changes.Add(v); first.TrySetResult(); }));
        // The list's first rows arrive over a few renders (PracticeGrid.RevealInSteps); counted once all are in.
        grid.WaitForAssertion(() => Assert.Equal(Rows.Count, grid.FindAll("tr.practice-row").Count));
        var drawn = grid.RenderCount;

        foreach (var text in new[] { "S", "Si", "Sic", "Sich" }) grid.Find("input[data-testid=grid-filter]").Input(text);
        Assert.Equal(drawn, grid.RenderCount);

        // The earlier keys' waits end first: had any of them handed its text on, it would be the first change.
        await first.Task.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal([GridView.Default with { Query = "Sich" }], changes);
    }

    [Fact]
    public void The_clear_button_empties_the_box_and_the_filter_of_the_link()
    {
        GridView? changed = null;
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.View, new GridView(GridView.SortLocality, false, "Sichuan"))
            .Add(x => x.ViewChanged, v => changed = v));

        grid.Find("[data-testid=grid-filter-clear]").Click();

        Assert.Equal(new GridView(GridView.SortLocality, false, null), changed);
        Assert.True(string.IsNullOrEmpty(grid.Find("input[data-testid=grid-filter]").GetAttribute("value")));
    }

    [Fact]
    public void Only_the_sorted_column_s_header_says_how_it_is_sorted()
    {
        var grid = Render<PracticeGrid>(p => p.Add(x => x.Rows, Rows).Add(x => x.View, new GridView(GridView.SortProvince, true, null)));
        var sorted = grid.FindAll("th[aria-sort]");
        Assert.Single(sorted);
        Assert.Equal("descending", sorted[0].GetAttribute("aria-sort"));
        Assert.Equal("col", sorted[0].GetAttribute("scope"));
        Assert.NotNull(sorted[0].QuerySelector("[data-testid=sort-province]"));
        Assert.Equal(5, grid.FindAll("thead th[scope=col]").Count);
    }

    [Fact]
    public void The_selected_place_s_localities_say_they_are_the_current_one()
    {
        var grid = Render<PracticeGrid>(p => p.Add(x => x.Rows, Rows).Add(x => x.SelectedCode, "440114"));
        var current = grid.FindAll(".grid-locality[aria-current=true]");
        Assert.Single(current);
        Assert.Equal("440114", current[0].GetAttribute("data-code"));

        grid.Render(p => p.Add(x => x.SelectedCode, "510117"));
        Assert.Equal(["510117"], grid.FindAll(".grid-locality[aria-current=true]").Select(b => b.GetAttribute("data-code")));
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so_in_the_list()
    {
        using var english = new CultureScope("en");
        var grid = Render<PracticeGrid>(p => p.Add(x => x.Rows, Rows).Add(x => x.View, new GridView(null, false, "Zhejiang")));
        Assert.Empty(grid.FindAll("tr.practice-row"));
        Assert.Equal("No practice in the list matches this filter.", grid.Find("[data-testid=grid-empty]").TextContent.Trim());
    }

    [Fact]
    public void The_grid_lists_the_rows_in_the_order_the_link_says()
    {
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.View, DashboardUrl.Parse("?sort=-locality&q=Sichuan").Grid));
        var listed = grid.FindAll(".grid-locality [lang=en]").Select(e => e.TextContent);
        Assert.Equal(["Pidu District", "Chongzhou City"], listed);
    }
}
