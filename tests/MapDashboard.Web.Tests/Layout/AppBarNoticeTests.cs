using Bunit;
using MapDashboard.Web.Shared.Localization;
using MapDashboard.Web.Shell;
using MapDashboard.Web.Tests.Notices;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Xunit;

namespace MapDashboard.Web.Tests.Layout;

/// <summary>The app bar with two published notices: it names the one the URL asks for and offers the other.</summary>
public class AppBarNoticeTests : BunitContext
{
    private static readonly NoticeChoice Newer = new("ndrc-2023-901", "[2023] No.901", "Notice on the fourth batch", "关于第四批的通知");

    public AppBarNoticeTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddLocalization();
        Services.AddSingleton<PublishedNotices>(new FixedNotices(Newer, FixedNotices.Seed));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private string AppBarNoticeAt(string url)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));
        return layout.Find("[data-testid=notice-switcher] button").TextContent.Trim();
    }

    [Fact]
    public void Without_a_notice_in_the_URL_the_app_bar_names_the_newest_published() =>
        Assert.Equal("[2023] No.901 · Notice on the fourth batch", AppBarNoticeAt(""));

    [Fact]
    public void The_app_bar_names_the_notice_the_URL_asks_for() =>
        Assert.Equal("发改办规划〔2021〕668号 · Notice on the third batch of pilots", AppBarNoticeAt("?notice=ndrc-2021-668&p=440000"));

    [Fact]
    public void The_current_alias_names_the_newest_published() =>
        Assert.Equal("[2023] No.901 · Notice on the fourth batch", AppBarNoticeAt("present?notice=current"));

    [Fact]
    public void The_app_bar_follows_a_switch_made_in_the_circuit()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(_ => { })));
        nav.NavigateTo("?notice=ndrc-2021-668");
        layout.WaitForAssertion(() =>
            Assert.Contains("668", layout.Find("[data-testid=notice-switcher] button").TextContent));
    }
}
