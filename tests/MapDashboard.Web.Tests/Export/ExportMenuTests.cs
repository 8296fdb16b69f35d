using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Export;
using Microsoft.AspNetCore.Components;
using Xunit;

namespace MapDashboard.Web.Tests.Export;

public class ExportMenuTests : AppBunitContext
{
    private int _pngRequests;

    // A notice as the data has it: the printed header names it from here, not from a literal.
    private static readonly NoticeSummary Notice = new("ndrc-2099-7", "发改办规划〔2099〕7号", "Notice on test pilots", "关于试点的通知",
        new DateOnly(2099, 1, 2), null, NoticeSummary.Published, null, DateTimeOffset.UnixEpoch, 1, 1);

    private IRenderedComponent<ExportMenu> RenderOpen(string? query)
    {
        var menu = Render<ExportMenu>(p => p
            .Add(x => x.Query, query)
            .Add(x => x.Summary, "Guangdong · 4 localities")
            .Add(x => x.Notice, Notice)
            .Add(x => x.PngRequested, EventCallback.Factory.Create(this, () => _pngRequests++)));
        menu.Find("button[aria-label='Export']").Click();
        return menu;
    }

    [Fact]
    public void The_download_links_carry_the_dashboard_filter_and_are_marked_as_downloads()
    {
        var menu = RenderOpen("p=440000&m=1,2");

        var csv = menu.Find("[role=menu] [data-testid='export-practices-csv']");
        Assert.Equal("menuitem", csv.GetAttribute("role"));
        Assert.Equal("api/export/practices.csv?p=440000&m=1,2", csv.GetAttribute("href"));
        Assert.True(csv.HasAttribute("download"));
        Assert.Equal("api/export/practices.geojson?p=440000&m=1,2", menu.Find("[data-testid='export-geojson']").GetAttribute("href"));
    }

    [Fact]
    public void Without_a_filter_the_links_export_everything()
    {
        var menu = RenderOpen(null);

        Assert.Equal("api/export/figures.csv", menu.Find("[data-testid='export-figures-csv']").GetAttribute("href"));
    }

    [Fact]
    public void PNG_asks_the_page_for_the_map_image_and_closes_the_menu()
    {
        var menu = RenderOpen("");

        menu.Find("[data-testid='export-png']").Click();

        Assert.Equal(1, _pngRequests);
        Assert.Empty(menu.FindAll("[role=menu]"));
    }

    [Fact]
    public void Print_calls_the_browser_print_dialog()
    {
        var menu = RenderOpen("");

        menu.Find("[data-testid='export-print']").Click();

        Assert.Single(JSInterop.Invocations, i => i.Identifier == "print");
    }

    [Fact]
    public void While_the_map_is_not_ready_the_menu_cannot_be_opened()
    {
        var menu = Render<ExportMenu>(p => p.Add(x => x.Disabled, true));

        Assert.True(menu.Find("button[aria-label='Export']").HasAttribute("disabled"));
    }

    [Fact]
    public void The_printed_page_header_holds_the_notices_number_and_title_and_the_filter_summary()
    {
        var menu = RenderOpen("");

        var header = menu.Find(".export-print-header");
        Assert.Contains("发改办规划〔2099〕7号 · Notice on test pilots", header.TextContent);
        Assert.Contains("Guangdong · 4 localities", header.TextContent);
    }
}
