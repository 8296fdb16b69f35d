using Bunit;
using Bunit.TestDoubles;
using MapDashboard.Web.Shell;
using MapDashboard.Web.Tests.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MapDashboard.Web.Tests.Notices;

public class NoticeSwitcherTests : AppBunitContext
{
    private static readonly NoticeChoice Newer = new("ndrc-2023-120", "[2023] No.120", "Notice on the third batch of pilots", "关于第三批试点的通知");
    private static readonly NoticeChoice Older = new("ndrc-2021-668", "[2021] No.668", "Notice on the second batch of pilots", null);

    /// <summary>The notice's name: the menu's button when there are several, plain text otherwise.</summary>
    private static string NameOf(IRenderedComponent<NoticeSwitcher> cut) =>
        (cut.FindAll("[data-testid=notice-switcher] button").FirstOrDefault() ?? cut.Find("[data-testid=notice-name]")).TextContent.Trim();

    private IRenderedComponent<NoticeSwitcher> RenderSwitcher(string url, NoticeChoice? shown, params NoticeChoice[] notices)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<NoticeSwitcher>(p => p.Add(s => s.Notices, notices).Add(s => s.Shown, shown));
    }

    [Fact]
    public void The_app_bar_names_the_notice_shown_by_number_and_title()
    {
        var cut = RenderSwitcher("compare?notice=ndrc-2021-668", Older, Newer, Older);
        Assert.Equal("[2021] No.668 · Notice on the second batch of pilots", NameOf(cut));
    }

    [Fact]
    public void In_Chinese_the_notice_is_named_by_its_Chinese_title()
    {
        using var _ = new CultureScope("zh-CN");
        var cut = RenderSwitcher("", Newer, Newer, Older);
        Assert.Equal("[2023] No.120 · 关于第三批试点的通知", NameOf(cut));
    }

    [Fact]
    public void Each_published_notice_is_offered_as_a_link_to_this_page_with_its_id()
    {
        var cut = RenderSwitcher("compare?codes=440114,510117", Newer, Newer, Older);
        cut.Find("[data-testid=notice-switcher] button").Click();

        var newer = cut.Find("[role=menu] [data-testid=notice-choice-ndrc-2023-120]");
        var older = cut.Find("[role=menu] [data-testid=notice-choice-ndrc-2021-668]");
        Assert.Equal("compare?notice=ndrc-2023-120&codes=440114,510117", newer.GetAttribute("href"));
        Assert.Equal("compare?notice=ndrc-2021-668&codes=440114,510117", older.GetAttribute("href"));
        Assert.Contains("Notice on the second batch of pilots", older.TextContent);
        Assert.Equal("true", newer.GetAttribute("aria-current"));
        Assert.Null(older.GetAttribute("aria-current"));
    }

    [Fact]
    public void On_the_dashboard_a_choice_keeps_the_view_and_filter_but_not_the_measure_numbers_of_the_notice_left()
    {
        var cut = RenderSwitcher("?notice=ndrc-2023-120&p=440000&m=1,2&mode=provinces&view=30,110,5", Newer, Newer, Older);
        cut.Find("[data-testid=notice-switcher] button").Click();
        Assert.Equal("./?notice=ndrc-2021-668&p=440000&mode=provinces&view=30,110,5", cut.Find("[data-testid=notice-choice-ndrc-2021-668]").GetAttribute("href"));
    }

    [Fact]
    public void Choosing_a_notice_loads_its_link_afresh()
    {
        var cut = RenderSwitcher("compare?codes=440114", Newer, Newer, Older);
        cut.Find("[data-testid=notice-switcher] button").Click();
        cut.Find("[data-testid=notice-choice-ndrc-2021-668]").Click();

        var nav = (BunitNavigationManager)Services.GetRequiredService<NavigationManager>();
        Assert.True(nav.History.First().Options.ForceLoad);
        Assert.EndsWith("compare?notice=ndrc-2021-668&codes=440114", nav.Uri);
    }

    [Fact]
    public void A_single_notice_is_named_without_a_menu()
    {
        var cut = RenderSwitcher("", Older, Older);
        Assert.Equal("[2021] No.668 · Notice on the second batch of pilots", NameOf(cut));
        Assert.Empty(cut.FindAll("[data-testid=notice-switcher]"));
    }

    [Fact]
    public void Markup_in_a_title_is_shown_as_text()
    {
        var hostile = Older with { Title = "<img src=x onerror=alert(1)>" };
        var cut = RenderSwitcher("", hostile, hostile);
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("<img src=x onerror=alert(1)>", cut.Find("[data-testid=notice-name]").TextContent);
    }
}
