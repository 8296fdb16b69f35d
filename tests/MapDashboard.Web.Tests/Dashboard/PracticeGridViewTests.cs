using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Features.Dashboard.Practices;
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
    public void The_filter_of_the_link_is_in_the_box_and_a_new_one_goes_back_into_the_link()
    {
        GridView? changed = null;
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.View, DashboardUrl.Parse("?sort=-locality&q=Sichuan").Grid)
            .Add(x => x.ViewChanged, v => changed = v));
        var box = grid.Find("input[data-testid=grid-filter]");
        Assert.Equal("Sichuan", box.GetAttribute("value"));

        box.Input("成都");
        grid.WaitForAssertion(() => Assert.NotNull(changed), TimeSpan.FromSeconds(5));
        var link = (DashboardUrl.Default with { Grid = changed! }).ToQueryString();
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
    public void The_grid_lists_the_rows_in_the_order_the_link_says()
    {
        var grid = Render<PracticeGrid>(p => p
            .Add(x => x.Rows, Rows)
            .Add(x => x.View, DashboardUrl.Parse("?sort=-locality&q=Sichuan").Grid));
        var listed = grid.FindAll("[data-testid=grid-locality] .grid-en").Select(e => e.TextContent);
        Assert.Equal(["Pidu District", "Chongzhou City"], listed);
    }
}
