using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

public class DashboardPageStateTests : BunitContext
{
    private sealed class StubData(DashboardLoad load) : DashboardData(null!)
    {
        public DashboardFilter? LastFilter { get; private set; }

        public override Task<DashboardLoad> LoadAsync(DashboardFilter filter, CancellationToken ct)
        {
            LastFilter = filter;
            return Task.FromResult(load);
        }

        public override Task<IReadOnlyList<NoticeMention>?> MentionsAsync(string code, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<NoticeMention>?>([]);
    }

    private StubData Arrange(DashboardLoad load)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        var data = new StubData(load);
        Services.AddSingleton<DashboardData>(data);
        Services.AddSingleton(Options.Create(new MapDashboardOptions()));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return data;
    }

    private static DashboardLoad Loaded(IReadOnlyList<PracticeRow> rows) => new DashboardLoad.Loaded(
        new DashboardView("n", DashboardSamples.Measures, rows, DashboardSamples.Facets(rows.Count), []));

    [Fact]
    public void No_matching_practice_says_so_and_offers_a_reset()
    {
        Arrange(Loaded([]));
        var page = Render<DashboardPage>();
        Assert.Contains("No practices match these filters", page.Find("[data-testid='empty-state']").TextContent);
    }

    [Fact]
    public void A_database_that_does_not_answer_is_explained_with_a_retry()
    {
        Arrange(new DashboardLoad.DatabaseUnavailable("connection refused"));
        var page = Render<DashboardPage>();
        var alert = page.Find("[data-testid='db-unavailable']");
        Assert.Contains("The database is not answering right now", alert.TextContent);
        Assert.Contains("Try again", alert.TextContent);
        Assert.DoesNotContain("connection refused", page.Markup); // what failed is logged, never shown
    }

    [Fact]
    public void An_empty_database_says_how_to_import()
    {
        Arrange(new DashboardLoad.NothingImported());
        Assert.Contains("mapdash import", Render<DashboardPage>().Find("[data-testid='nothing-imported']").TextContent);
    }

    [Fact]
    public void The_filter_in_the_link_is_the_filter_queried()
    {
        var data = Arrange(Loaded([DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省")]));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?p=440000&l=district&m=1,10");
        Render<DashboardPage>();
        Assert.Equal(["440000"], data.LastFilter!.ProvinceCodes);
        Assert.Equal(["district"], data.LastFilter.Levels);
        Assert.Equal([1, 10], data.LastFilter.Measures!.Order());
    }

    [Fact]
    public void The_summary_counts_localities_and_practices()
    {
        Arrange(Loaded([DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省")]));
        Assert.Contains("1 localities · 1 practices", Render<DashboardPage>().Find("[data-testid='summary']").TextContent);
    }

    private static PracticeRow Huadu => DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省");

    private AngleSharp.Dom.IElement RenderMap(string url, bool interactive)
    {
        Arrange(Loaded([Huadu]));
        Renderer.SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", isInteractive: interactive));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<DashboardPage>().Find("[data-testid='map']");
    }

    [Fact]
    public void Prerendered_the_map_box_credits_its_data_with_the_chinese_marked()
    {
        var map = RenderMap("/?p=440000", interactive: false);
        var credit = map.QuerySelector(".map-credit");
        Assert.NotNull(credit);
        Assert.Contains("Tianditu", credit.TextContent, StringComparison.Ordinal);
        var chinese = Assert.Single(credit.QuerySelectorAll("[lang='zh-CN']"));
        Assert.Equal("天地图", chinese.TextContent);
        Assert.Equal("width: 3em", chinese.GetAttribute("style"));
        // The page draws its maps over the circuit: nothing in the prerendered element asks for a drawing before it.
        Assert.Null(map.GetAttribute("data-early-map"));
    }

    [Fact]
    public void Interactive_the_map_box_is_left_to_leaflet()
    {
        var map = RenderMap("/", interactive: true);
        Assert.Empty(map.Children);
    }
}
