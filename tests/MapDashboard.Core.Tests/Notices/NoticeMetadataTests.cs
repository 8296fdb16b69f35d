using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Core.Notices.Metadata;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>What a notice says about itself (number, titles, date, source) is read by its shape, not by its wording.</summary>
public sealed class NoticeMetadataTests
{
    private const string Body =
        "To the offices of all provinces:\n\nFirst, do things.\n\nAdhere to principles.\n\n" +
        "(1) In doing things, it is mainly to do them well. Gu 'an, Hebei built roads.\n\nClosing words of the notice.\n";

    private static NoticeStructure Read(string text) => new NoticeReader(Standard, ReviewDecisions.None).Read(text).Structure;

    [Fact]
    public void Number_English_title_and_id_come_from_the_title_block()
    {
        var s = Read("A Made-up Notice on Parks\n\nHousing Office Letter [2024] No. 37\n\n" + Body);
        Assert.Equal(("A Made-up Notice on Parks", "Housing Office Letter [2024] No. 37", "notice-2024-37"), (s.Title, s.Number!.Text, s.Id));
        Assert.Null(s.TitleZh);
        Assert.Null(s.IssuedOn);
        Assert.Null(s.Source);
    }

    [Fact]
    public void A_Chinese_title_above_the_English_one_is_the_Chinese_title_and_not_the_English()
    {
        var s = Read("关于推广公园建设经验的通知\n\nA Made-up Notice on Parks\n\nNDRC Office Planning [2023] No.45\n\n" + Body);
        Assert.Equal("关于推广公园建设经验的通知", s.TitleZh);
        Assert.Equal("A Made-up Notice on Parks", s.Title);
        Assert.Equal("ndrc-2023-45", s.Id);
    }

    [Fact]
    public void A_Chinese_number_first_then_the_English_title_and_number_reads_both_titles()
    {
        var s = Read("关于推广公园建设经验的通知\n\n发改办规划〔2023〕45号\n\nA Made-up Notice on Parks\n\nNDRC Office Planning [2023] No.45\n\n" + Body);
        Assert.Equal(("A Made-up Notice on Parks", "关于推广公园建设经验的通知", "ndrc-2023-45"), (s.Title, s.TitleZh, s.Id));
    }

    [Theory]
    [InlineData("General Office of the Ministry\n\nMay 12, 2021", 2021, 5, 12)]
    [InlineData("General Office of the Ministry May 12, 2021", 2021, 5, 12)]
    [InlineData("12 May 2021", 2021, 5, 12)]
    [InlineData("Aug. 30th, 2021", 2021, 8, 30)]
    [InlineData("2021-05-12", 2021, 5, 12)]
    [InlineData("2021/5/12", 2021, 5, 12)]
    [InlineData("国家发展改革委办公厅\n\n2021年5月12日", 2021, 5, 12)]
    [InlineData("２０２１年５月１２日", 2021, 5, 12)]
    public void The_signatures_date_is_the_issue_date(string signature, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Read("A Made-up Notice\n\nOffice Planning [2021] No.1\n\n" + Body + "\n" + signature + "\n").IssuedOn);

    [Fact]
    public void A_date_under_the_number_is_the_issue_date() =>
        Assert.Equal(new DateOnly(2022, 1, 4), Read("A Made-up Notice\n\nOffice Planning [2022] No.3\n\n2022-01-04\n\n" + Body).IssuedOn);

    [Fact]
    public void A_web_pages_own_date_before_the_notice_is_not_its_issue_date() =>
        Assert.Null(Read("2021-09-03 10:15 Source: Xinhua\n\nA Made-up Notice\n\nOffice Planning [2021] No.1\n\n" + Body).IssuedOn);

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021年13月1日")]
    [InlineData("built 2021 roads in May 12")]
    public void What_is_not_a_calendar_day_is_no_date(string text) => Assert.Null(NoticeDates.Parse(text));

    [Theory]
    [InlineData("2021-09-03 10:15 Source: Xinhua\n\n", "Xinhua")]
    [InlineData("来源：国家发展改革委网站\n\n", "国家发展改革委网站")]
    [InlineData("Source: NDRC website    Editor: Zhang Wei\n\n", "NDRC website")]
    [InlineData("https://www.example.gov.cn/notices/2021/1.html\n\n", "https://www.example.gov.cn/notices/2021/1.html")]
    public void The_source_is_a_labelled_line_or_a_web_address_of_its_own(string page, string source) =>
        Assert.Equal(source, Read(page + "A Made-up Notice\n\nOffice Planning [2021] No.1\n\n" + Body).Source);

    [Fact]
    public void A_source_in_a_footer_after_the_notice_is_read() =>
        Assert.Equal("NDRC website", Read("A Made-up Notice\n\nOffice Planning [2021] No.1\n\n" + Body + "\nSource: NDRC website\n").Source);
}
