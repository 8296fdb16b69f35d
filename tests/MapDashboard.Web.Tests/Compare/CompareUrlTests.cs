using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Features.Compare;
using Xunit;

namespace MapDashboard.Web.Tests.Compare;

public class CompareUrlTests
{
    [Fact]
    public void Codes_are_read_in_order_from_the_comma_list() =>
        Assert.Equal(["440114", "510117"], CompareUrl.Parse("440114,510117", null).Codes);

    [Fact]
    public void Malformed_and_repeated_codes_are_dropped() =>
        Assert.Equal(["440114", "220184103"], CompareUrl.Parse("440114, abc,44011,440114,220184103", null).Codes);

    [Fact]
    public void At_most_four_localities_are_kept() =>
        Assert.Equal(4, CompareUrl.Parse("110113,110118,110119,130324,130426", null).Codes.Count);

    [Fact]
    public void Adding_a_fifth_locality_changes_nothing()
    {
        var full = CompareUrl.Parse("110113,110118,110119,130324", null);
        Assert.False(full.CanAdd);
        Assert.Same(full, full.Add("130426"));
    }

    [Fact]
    public void The_link_lists_the_codes_and_escapes_the_unit() =>
        Assert.Equal("compare?codes=440114,510184&unit=sets%20of%20public%20rental%20housing",
            CompareUrl.Parse("440114,510184", "sets of public rental housing").ToRelativeUrl());

    [Fact]
    public void Removing_a_locality_keeps_the_others_in_order() =>
        Assert.Equal("compare?codes=440114,510184", CompareUrl.Parse("440114,510117,510184", null).Remove("510117").ToRelativeUrl());

    [Fact]
    public void Adding_a_place_keeps_the_notice_of_the_link()
    {
        var url = CompareUrl.Parse("440114", null) with { Notice = NoticeParameter.FromPage("ndrc-2021-668") };
        Assert.Equal("compare?notice=ndrc-2021-668&codes=440114,510117", url.Add("510117").ToRelativeUrl());
    }
}
