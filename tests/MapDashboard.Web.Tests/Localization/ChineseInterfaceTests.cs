using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard.Details;
using MapDashboard.Web.Features.Dashboard.Filters;
using MapDashboard.Web.Shell;
using MapDashboard.Web.Tests.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using MapDashboard.Web.Tests.Notices;
using Xunit;

namespace MapDashboard.Web.Tests.Localization;

/// <summary>The components as a zh-CN request renders them (RequestLocalization sets the culture of the circuit).</summary>
public sealed class ChineseInterfaceTests : BunitContext
{
    private readonly CultureScope _culture = new("zh-CN");

    public ChineseInterfaceTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(new MapDashboard.Web.Features.Dashboard.Search.PlaceSearch(null!, Microsoft.Extensions.Logging.Abstractions.NullLogger<MapDashboard.Web.Features.Dashboard.Search.PlaceSearch>.Instance));
        Services.AddSingleton<PublishedNotices>(new FixedNotices(FixedNotices.Seed));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void The_filter_panel_speaks_Chinese_and_keeps_the_notice_titles()
    {
        var panel = Render<FilterPanel>(p => p
            .Add(x => x.Filter, DashboardFilter.None)
            .Add(x => x.Facets, DashboardSamples.Facets())
            .Add(x => x.Measures, DashboardSamples.Measures));
        Assert.Contains("举措", panel.Find(".filter-heading").TextContent);
        Assert.Equal("全部重置", panel.Find("[data-testid=reset-filters]").TextContent.Trim());
        Assert.Contains(DashboardSamples.Measures[0].Title, panel.Markup);
    }

    [Fact]
    public void The_detail_panel_shows_the_level_in_Chinese_and_figures_in_wan()
    {
        var detail = Render<LocalityDetail>(p => p.Add(x => x.Practices,
        [
            DashboardSamples.Row(10, "431000", "郴州市", "Chenzhou City", "Hunan Province", "湖南省", "Loans.", DashboardSamples.Loans),
        ]));
        Assert.Contains("市辖区 · 湖南省", detail.Find(".detail-meta").TextContent);
        Assert.Contains("约2.3亿 yuan", detail.Find("[data-testid=figure]").TextContent);
        Assert.Equal("在通知原文中查看", detail.Find("[data-testid=detail-source]").TextContent);
    }

    [Fact]
    public void The_app_bar_offers_English_and_names_the_notice_in_Chinese()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));
        Assert.Contains("English", layout.Find("[data-testid=language-switch]").TextContent);
        Assert.Contains("发改办规划〔2021〕668号 · 关于第三批试点的通知", layout.Find("header").TextContent);
        Assert.Contains("演示", layout.Find("[data-testid=nav-present]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _culture.Dispose();
    }
}
