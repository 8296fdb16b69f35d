using Bunit;
using MapDashboard.Web.Features.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Xunit;

namespace MapDashboard.Web.Tests.Export;

public class ExportMenuTests : AppBunitContext
{
    private int _pngRequests;

    private (IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<ExportMenu> Menu) RenderOpen(string? query)
    {
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<ExportMenu>(p => p
            .Add(x => x.Query, query)
            .Add(x => x.Title, "发改办规划〔2021〕668号 · Notice on the third batch of pilots")
            .Add(x => x.Summary, "Guangdong · 4 localities")
            .Add(x => x.PngRequested, EventCallback.Factory.Create(this, () => _pngRequests++)));
        menu.Find("button[aria-label='Export']").Click();
        return (popovers, menu);
    }

    [Fact]
    public void The_download_links_carry_the_dashboard_filter_and_are_marked_as_downloads()
    {
        var (popovers, _) = RenderOpen("p=440000&m=1,2");

        var csv = popovers.Find("[data-testid='export-practices-csv']");
        Assert.Equal("api/export/practices.csv?p=440000&m=1,2", csv.GetAttribute("href"));
        Assert.True(csv.HasAttribute("download"));
        Assert.Equal("api/export/practices.geojson?p=440000&m=1,2", popovers.Find("[data-testid='export-geojson']").GetAttribute("href"));
    }

    [Fact]
    public void Without_a_filter_the_links_export_everything()
    {
        var (popovers, _) = RenderOpen(null);

        Assert.Equal("api/export/figures.csv", popovers.Find("[data-testid='export-figures-csv']").GetAttribute("href"));
    }

    [Fact]
    public void PNG_asks_the_page_for_the_map_image()
    {
        var (popovers, _) = RenderOpen("");

        popovers.Find("[data-testid='export-png']").Click();

        Assert.Equal(1, _pngRequests);
    }

    [Fact]
    public void Print_calls_the_browser_print_dialog()
    {
        var (popovers, _) = RenderOpen("");

        popovers.Find("[data-testid='export-print']").Click();

        Assert.Single(JSInterop.Invocations, i => i.Identifier == "print");
    }

    [Fact]
    public void The_printed_page_header_holds_the_title_and_the_filter_summary()
    {
        var (_, menu) = RenderOpen("");

        var header = menu.Find(".export-print-header");
        Assert.Contains("发改办规划〔2021〕668号 · Notice on the third batch of pilots", header.TextContent);
        Assert.Contains("Guangdong · 4 localities", header.TextContent);
    }
}
