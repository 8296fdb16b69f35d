using Bunit;
using MapDashboard.Web.Shell;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Sections;
using Xunit;

namespace MapDashboard.Web.Tests.Layout;

/// <summary>
/// A closed drawer holds no components on the server; opened, its filters are there again, in the labelled drawer.
/// (bUnit has no screen width, so the responsive drawer starts closed here; the tests start from whatever it is.)
/// </summary>
public class LazyDrawerTests : AppBunitContext
{
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
