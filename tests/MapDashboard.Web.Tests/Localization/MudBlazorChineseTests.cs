using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard.Practices;
using MapDashboard.Web.Tests.Dashboard;
using Xunit;

namespace MapDashboard.Web.Tests.Localization;

/// <summary>The practice grid speaks the interface's language: its sort buttons, its name and its filter box.</summary>
public sealed class MudBlazorChineseTests : AppBunitContext
{
    private readonly CultureScope _culture = new("zh-CN");

    private static readonly IReadOnlyList<PracticeRow> Rows =
        [DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省")];

    private IRenderedComponent<PracticeGrid> RenderGrid(GridView view) =>
        Render<PracticeGrid>(p => p.Add(x => x.Rows, Rows).Add(x => x.View, view));

    [Fact]
    public void In_Chinese_the_grid_s_sort_buttons_name_and_filter_box_speak_Chinese()
    {
        var grid = RenderGrid(new GridView(GridView.SortLocality, false, "花都"));
        var sorted = grid.Find("[data-testid='sort-locality']");
        Assert.Equal("地区，升序", sorted.TextContent.Trim());
        Assert.Equal("省份", grid.Find("[data-testid='sort-province']").TextContent.Trim());
        Assert.Equal("筛选列表", grid.Find("label[for=practice-filter]").TextContent.Trim());
        Assert.Equal("清除筛选", grid.Find("[data-testid=grid-filter-clear]").GetAttribute("aria-label"));
        Assert.Equal("试点地区的做法", grid.Find("table").GetAttribute("aria-label"));
    }

    [Fact]
    public void In_English_the_grid_s_sort_buttons_say_the_sort_in_English()
    {
        using var english = new CultureScope("en");
        var grid = RenderGrid(new GridView(GridView.SortLocality, true, null));
        Assert.Equal("Locality, sorted descending", grid.Find("[data-testid='sort-locality']").TextContent.Trim());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _culture.Dispose();
    }
}
