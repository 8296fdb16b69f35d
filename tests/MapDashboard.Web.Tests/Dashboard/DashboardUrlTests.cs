using MapDashboard.Web.Map;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

public class DashboardUrlTests
{
    [Fact]
    public void A_written_url_parses_back_to_the_same_view()
    {
        var url = DashboardUrl.Parse("?p=440000,510000&l=district&m=1,10&sel=440114&mode=provinces&view=23.4,113.2,7.5");
        var again = DashboardUrl.Parse("?" + url.ToQueryString());
        Assert.Equal(["440000", "510000"], again.Filter.ProvinceCodes.Order());
        Assert.Equal(["district"], again.Filter.Levels);
        Assert.Equal([1, 10], again.Filter.Measures!.Order());
        Assert.Equal("440114", again.Selected);
        Assert.Equal(MapMode.Provinces, again.Mode);
        Assert.Equal(new MapView(23.4, 113.2, 7.5), again.View);
    }

    [Fact]
    public void Malformed_values_are_dropped_not_thrown()
    {
        var url = DashboardUrl.Parse("?p=44,abc,440000&l=planet&m=x,2,999&sel=<script>&view=1,2");
        Assert.Equal(["440000"], url.Filter.ProvinceCodes);
        Assert.Empty(url.Filter.Levels);
        Assert.Equal([2], url.Filter.Measures!);
        Assert.Null(url.Selected);
        Assert.Null(url.View);
    }

    [Fact]
    public void An_empty_measure_list_means_every_layer_is_off_while_no_parameter_means_all_on()
    {
        Assert.Empty(DashboardUrl.Parse("?m=").Filter.Measures!);
        Assert.Null(DashboardUrl.Parse("?").Filter.Measures);
    }

    [Fact]
    public void The_default_view_writes_an_empty_query()
    {
        Assert.Equal("", DashboardUrl.Default.ToQueryString());
    }

    [Fact]
    public void A_link_keeps_the_notice_it_shows()
    {
        var url = DashboardUrl.Parse("?notice=ndrc-2023-120&p=440000&sel=440114");
        Assert.Equal("ndrc-2023-120", url.Notice.Id);
        Assert.Equal("notice=ndrc-2023-120&p=440000&sel=440114", url.ToQueryString());
    }

    [Fact]
    public void A_malformed_notice_is_not_written_back_into_a_link()
    {
        var url = DashboardUrl.Parse("?notice=<b>&p=440000");
        Assert.Equal("<b>", url.Notice.Asked);
        Assert.Equal("p=440000", url.ToQueryString());
    }

    [Fact]
    public void The_choice_to_count_over_all_notices_survives_a_round_trip()
    {
        var url = DashboardUrl.Parse("?notice=ndrc-2023-901&mode=provinces&counts=all");
        Assert.True(url.CountsAll);
        Assert.Equal("notice=ndrc-2023-901&mode=provinces&counts=all", url.ToQueryString());
        Assert.False(DashboardUrl.Parse("?counts=everything").CountsAll);
    }
}
