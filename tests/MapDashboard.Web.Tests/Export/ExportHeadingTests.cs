using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Export;
using Xunit;

namespace MapDashboard.Web.Tests.Export;

public class ExportHeadingTests
{
    private static readonly NoticeSummary Notice = new("ndrc-2099-7", "发改办规划〔2099〕7号", "Notice on test pilots", "关于试点的通知",
        new DateOnly(2099, 1, 2), null, NoticeSummary.Published, null, DateTimeOffset.UnixEpoch, 1, 1);

    [Fact]
    public void The_title_is_the_notices_number_and_its_title_in_the_interfaces_language()
    {
        Assert.Equal("发改办规划〔2099〕7号 · 关于试点的通知", ExportHeading.Title(Notice, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("发改办规划〔2099〕7号 · Notice on test pilots", ExportHeading.Title(Notice, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void The_footer_names_the_notices_number_before_the_date_placeholder()
    {
        Assert.Equal("MapDashboard · 发改办规划〔2099〕7号 · exported {0}", ExportHeading.Footer(Notice, "exported {0}"));
        Assert.Equal("MapDashboard · exported {0}", ExportHeading.Footer(null, "exported {0}"));
    }
}
