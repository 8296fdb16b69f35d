using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Features.Dashboard.Practices;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The practice list's sort and filter live in the dashboard's URL like the rest of the view.</summary>
public class GridViewUrlTests
{
    [Fact]
    public void Sort_and_filter_written_to_the_url_parse_back_the_same()
    {
        var url = DashboardUrl.Default with { Grid = new GridView(GridView.SortLocality, true, "成都 & co") };
        var again = DashboardUrl.Parse("?" + url.ToQueryString());
        Assert.Equal(new GridView("locality", true, "成都 & co"), again.Grid);
        Assert.Contains("sort=-locality", url.ToQueryString());
    }

    [Fact]
    public void The_lists_own_order_and_no_filter_leave_the_link_as_it_was()
    {
        Assert.Equal("", DashboardUrl.Default.ToQueryString());
        Assert.True(DashboardUrl.Parse("?m=1").Grid.IsDefault);
    }

    [Theory]
    [InlineData("?sort=password", null, false)]
    [InlineData("?sort=-", null, false)]
    [InlineData("?sort=--level", null, false)]
    [InlineData("?sort=figure", "figure", false)]
    [InlineData("?sort=-measure", "measure", true)]
    public void Only_known_columns_sort(string query, string? column, bool descending)
    {
        var grid = DashboardUrl.Parse(query).Grid;
        Assert.Equal((column, descending), (grid.SortColumn, grid.Descending));
    }

    [Fact]
    public void A_filter_text_longer_than_a_name_is_dropped()
    {
        Assert.Null(DashboardUrl.Parse("?q=" + new string('x', GridView.MaxQueryLength + 1)).Grid.Query);
        Assert.Null(DashboardUrl.Parse("?q=%20%20").Grid.Query);
    }
}
