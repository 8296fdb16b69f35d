using Bunit;
using MapDashboard.Web.Shell;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Web.Tests.Notices;
using MapDashboard.Web.Shared.Localization;
using MudBlazor;
using MudBlazor.Services;
using Xunit;

namespace MapDashboard.Web.Tests.Layout;

/// <summary>Its own context (not AppBunitContext): the published notices must be registered before the renderer exists.</summary>
public class MainLayoutTests : BunitContext
{
    public MainLayoutTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddLocalization();
        Services.AddSingleton<PublishedNotices>(new FixedNotices(FixedNotices.Seed));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<div id=\"page-body\">map here</div>"))));

    [Fact]
    public void The_app_bar_names_the_product_and_the_notice()
    {
        var header = RenderLayout().Find("header");
        Assert.Contains("MapDashboard", header.TextContent);
        Assert.Contains("发改办规划〔2021〕668号 · Notice on the third batch of pilots", header.TextContent);
    }

    [Fact]
    public void The_page_body_renders_inside_the_main_content()
    {
        var main = RenderLayout().Find("[role=main]");
        Assert.NotNull(main.QuerySelector("#page-body"));
    }

    [Fact]
    public void The_menu_button_toggles_the_filter_drawer()
    {
        var cut = RenderLayout();
        bool IsOpen() => cut.Find("aside[aria-label=Filters]").ClassList.Contains("mud-drawer--open");
        var before = IsOpen();
        cut.Find("button[aria-label='Toggle filters']").Click();
        Assert.NotEqual(before, IsOpen());
        cut.Find("button[aria-label='Toggle filters']").Click();
        Assert.Equal(before, IsOpen());
    }
}
