using MapDashboard.Web.Features.Compare;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Features.Presenter;
using MapDashboard.Web.Shell;
using Xunit;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace MapDashboard.Web.Tests.Layout;

/// <summary>
/// Which address changes leave the page as it is: only a new query string on the dashboard, which wrote it itself. Pages
/// that read their query on every change (compare's pinned places, the presenter's step) are rendered again.
/// </summary>
public class PageRouteViewTests
{
    private static RouteData Route(Type page, params (string Key, object? Value)[] values) =>
        new(page, values.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void The_dashboard_writing_its_view_into_the_query_is_not_rendered_again()
    {
        Assert.True(PageRouteView.SamePageOwningItsQuery(Route(typeof(DashboardPage)), Route(typeof(DashboardPage))));
    }

    [Fact]
    public void Compare_is_rendered_again_when_its_query_changes()
    {
        Assert.False(PageRouteView.SamePageOwningItsQuery(Route(typeof(ComparePage)), Route(typeof(ComparePage))));
    }

    [Fact]
    public void Another_page_is_rendered()
    {
        Assert.False(PageRouteView.SamePageOwningItsQuery(Route(typeof(DashboardPage)), Route(typeof(ComparePage))));
    }

    [Fact]
    public void A_page_that_owns_its_query_is_rendered_again_when_its_path_changes()
    {
        Assert.False(PageRouteView.SamePageOwningItsQuery(
            Route(typeof(DashboardPage), ("Step", 1)), Route(typeof(DashboardPage), ("Step", 2))));
        Assert.False(PageRouteView.SamePageOwningItsQuery(
            Route(typeof(PresenterPage), ("Step", 1)), Route(typeof(PresenterPage), ("Step", 2))));
    }
}
