using Bunit;
using MapDashboard.Web.Shell;
using MapDashboard.Web.Tests.Notices;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Web.Shared.Localization;
using MudBlazor;
using MudBlazor.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Sections;
using Xunit;

namespace MapDashboard.Web.Tests.Layout;

/// <summary>
/// A closed drawer holds no components on the server; opened, its filters are there again, in the labelled drawer.
/// (bUnit has no screen width, so the responsive drawer starts closed here; the tests start from whatever it is.)
/// </summary>
public class LazyDrawerTests : BunitContext
{
    // Wired as MainLayoutTests: the app bar names the notice shown, so the layout asks for the published notices.
    public LazyDrawerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddLocalization();
        Services.AddSingleton<PublishedNotices>(new FixedNotices(FixedNotices.Seed));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<MainLayout> RenderLayoutWithFilters() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<SectionContent>(0);
            b.AddComponentParameter(1, nameof(SectionContent.SectionName), MainLayout.DrawerSection);
            b.AddComponentParameter(2, nameof(SectionContent.ChildContent),
                (RenderFragment)(f => f.AddMarkupContent(0, "<div id=\"filters\">filters here</div>")));
            b.CloseComponent();
        })));

    private static bool IsOpen(IRenderedComponent<MainLayout> cut) =>
        cut.Find("aside[aria-label=Filters]").ClassList.Contains("mud-drawer--open");

    private static void SetOpen(IRenderedComponent<MainLayout> cut, bool open)
    {
        if (IsOpen(cut) != open) cut.Find("button[aria-label='Toggle filters']").Click();
        Assert.Equal(open, IsOpen(cut));
    }

    [Fact]
    public void A_closed_drawer_renders_no_filters()
    {
        var cut = RenderLayoutWithFilters();
        SetOpen(cut, false);
        Assert.Empty(cut.FindAll("#filters"));
    }

    [Fact]
    public void The_opened_drawer_shows_the_page_filters_inside_the_labelled_drawer()
    {
        var cut = RenderLayoutWithFilters();
        SetOpen(cut, false);
        SetOpen(cut, true);
        Assert.Equal("filters here", cut.Find("aside[aria-label=Filters]").QuerySelector("#filters")?.TextContent);
    }

    [Fact]
    public void Closing_the_drawer_again_removes_the_filters()
    {
        var cut = RenderLayoutWithFilters();
        SetOpen(cut, true);
        Assert.NotEmpty(cut.FindAll("#filters"));
        SetOpen(cut, false);
        Assert.Empty(cut.FindAll("#filters"));
    }
}
