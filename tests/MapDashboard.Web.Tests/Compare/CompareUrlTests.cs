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
        Assert.Same(full, full.Add(new ComparePlace("130426")));
    }

    [Fact]
    public void The_link_lists_the_codes_and_escapes_the_unit() =>
        Assert.Equal("compare?codes=440114,510184&unit=sets%20of%20public%20rental%20housing",
            CompareUrl.Parse("440114,510184", "sets of public rental housing").ToRelativeUrl());

    [Fact]
    public void Removing_a_locality_keeps_the_others_in_order() =>
        Assert.Equal("compare?codes=440114,510184", CompareUrl.Parse("440114,510117,510184", null).Remove(new ComparePlace("510117")).ToRelativeUrl());

    [Fact]
    public void Adding_a_place_keeps_the_notice_of_the_link()
    {
        var url = CompareUrl.Parse("440114", null) with { Notice = NoticeParameter.FromPage("ndrc-2021-668") };
        Assert.Equal("compare?notice=ndrc-2021-668&codes=440114,510117", url.Add(new ComparePlace("510117")).ToRelativeUrl());
    }

    [Fact]
    public void A_place_may_name_its_notice_before_a_colon_and_a_plain_code_names_none() =>
        Assert.Equal([new ComparePlace("440114", "ndrc-2021-668"), new ComparePlace("510117")],
            CompareUrl.Parse("ndrc-2021-668:440114,510117", null).Places);

    [Fact]
    public void A_malformed_notice_before_the_colon_drops_the_entry() =>
        Assert.Equal([new ComparePlace("510117", "ndrc-2023-901")], CompareUrl.Parse("NDRC 668:440114,ndrc-2023-901:510117", null).Places);

    [Fact]
    public void The_same_place_from_two_notices_is_two_columns() =>
        Assert.Equal(2, CompareUrl.Parse("ndrc-2021-668:440114,ndrc-2023-901:440114,ndrc-2021-668:440114", null).Places.Count);

    [Fact]
    public void Places_from_two_notices_unit_and_one_scale_survive_the_round_trip_through_the_link()
    {
        var url = new CompareUrl([new ComparePlace("440114", "ndrc-2021-668"), new ComparePlace("510117", "ndrc-2023-901")], "yuan")
        {
            OneScale = true,
        };
        var link = url.ToRelativeUrl();
        Assert.Equal("compare?codes=ndrc-2021-668:440114,ndrc-2023-901:510117&unit=yuan&scale=same", link);

        var back = Reparse(link);
        Assert.Equal(url.Places, back.Places);
        Assert.Equal("yuan", back.Unit);
        Assert.True(back.OneScale);
        Assert.True(back.Notice.IsCurrent);
    }

    [Fact]
    public void Places_that_all_come_from_one_notice_write_it_once_as_notice()
    {
        var url = new CompareUrl([new ComparePlace("440114", "ndrc-2021-668"), new ComparePlace("510117", "ndrc-2021-668")], null);
        Assert.Equal("compare?notice=ndrc-2021-668&codes=440114,510117", url.ToRelativeUrl());
        Assert.Equal(["440114", "510117"], Reparse(url.ToRelativeUrl()).Codes);
    }

    [Fact]
    public void Without_scale_same_each_map_is_fitted() => Assert.False(Reparse("compare?codes=440114&scale=other").OneScale);

    /// <summary>What the page reads back from a link (its query parameters, as SupplyParameterFromQuery hands them over).</summary>
    private static CompareUrl Reparse(string link)
    {
        var q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://host/" + link).Query);
        string? Get(string key) => q.TryGetValue(key, out var v) ? v.ToString() : null;
        return CompareUrl.Read(Get(CompareUrl.CodesKey), Get(CompareUrl.UnitKey), Get(NoticeParameter.Key), Get(CompareUrl.ScaleKey));
    }
}
