using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard.Practices;
using MapDashboard.Web.Tests.Dashboard;
using MudBlazor;
using Xunit;

namespace MapDashboard.Web.Tests.Localization;

/// <summary>MudBlazor's own texts (the practice grid's sort and column menus) follow the interface language.</summary>
public sealed class MudBlazorChineseTests : AppBunitContext
{
    private readonly CultureScope _culture = new("zh-CN");

    private static readonly IReadOnlyList<PracticeRow> Rows =
        [DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省")];

    [Fact]
    public void In_Chinese_the_grid_s_sort_buttons_and_column_menu_speak_Chinese()
    {
        var popovers = Render<MudPopoverProvider>();
        var grid = Render<PracticeGrid>(p => p.Add(x => x.Rows, Rows));
        Assert.NotEmpty(grid.FindAll("[aria-label='排序']"));
        Assert.Empty(grid.FindAll("[aria-label='Sort']"));

        grid.Find("[aria-label='列选项']").Click();
        Assert.Contains("取消排序", popovers.Find(".mud-popover-open").TextContent);
        Assert.DoesNotContain("Unsort", popovers.Markup);
    }

    [Fact]
    public void In_English_the_grid_keeps_MudBlazor_s_own_English()
    {
        using var english = new CultureScope("en");
        var grid = Render<PracticeGrid>(p => p.Add(x => x.Rows, Rows));
        Assert.NotEmpty(grid.FindAll("[aria-label='Sort']"));
        Assert.NotEmpty(grid.FindAll("[aria-label='Column options']"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _culture.Dispose();
    }
}
