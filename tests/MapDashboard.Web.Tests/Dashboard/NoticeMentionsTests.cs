using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard.Details;
using Microsoft.AspNetCore.Components;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The details panel of a place two published notices name: both notices, their measures, a way to the other.</summary>
public class NoticeMentionsTests : AppBunitContext
{
    private static NoticeSummary Notice(string id, string number, string title) =>
        new(id, number, title, null, null, null, NoticeSummary.Published, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, 1);

    private static readonly NoticeSummary Newer = Notice("ndrc-2023-901", "[2023] No.901", "Notice on the fourth batch");
    private static readonly NoticeSummary Older = Notice("ndrc-2021-668", "[2021] No.668", "Notice on the third batch");

    private static PracticeRow Chenzhou(int measure, string noticeId) =>
        DashboardSamples.Row(measure, "431000", "郴州市", "Chenzhou City", "Hunan Province", "湖南省") with { NoticeId = noticeId };

    private IRenderedComponent<LocalityDetail> RenderChenzhou(params NoticeMention[] mentions) =>
        Render<LocalityDetail>(p => p
            .Add(x => x.Practices, [Chenzhou(2, Older.Id), Chenzhou(10, Older.Id)])
            .Add(x => x.Mentions, mentions)
            .Add(x => x.ShownNoticeId, Older.Id)
            .Add(x => x.LinkToNotice, id => $"./?notice={id}&sel=431000"));

    [Fact]
    public void A_place_named_by_two_notices_lists_both_with_their_measures()
    {
        var detail = RenderChenzhou(new(Newer, [Chenzhou(1, Newer.Id)]), new(Older, [Chenzhou(2, Older.Id), Chenzhou(10, Older.Id)]));

        var notices = detail.FindAll("[data-testid=detail-notice]");
        Assert.Equal(2, notices.Count);
        Assert.Contains("[2023] No.901 · Notice on the fourth batch", notices[0].TextContent);
        Assert.Contains("(1) ", notices[0].TextContent);
        Assert.Contains("[2021] No.668 · Notice on the third batch", notices[1].TextContent);
        Assert.Contains("(2) ", notices[1].TextContent);
        Assert.Contains("(10) ", notices[1].TextContent);
    }

    [Fact]
    public void Only_the_other_notice_has_a_link_and_it_keeps_the_place_selected()
    {
        var detail = RenderChenzhou(new(Newer, [Chenzhou(1, Newer.Id)]), new(Older, [Chenzhou(2, Older.Id)]));

        var link = Assert.Single(detail.FindAll("[data-testid=detail-notice-switch]"));
        Assert.Equal("./?notice=ndrc-2023-901&sel=431000", link.GetAttribute("href"));
        Assert.Equal("true", detail.Find($"[data-notice={Older.Id}]").GetAttribute("aria-current"));
    }

    [Fact]
    public void A_place_named_by_one_notice_lists_no_notices() =>
        Assert.Empty(RenderChenzhou(new NoticeMention(Older, [Chenzhou(2, Older.Id)])).FindAll("[data-testid=detail-notices]"));
}
