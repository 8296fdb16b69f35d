using Bunit;
using MapDashboard.Web.Shell;
using Xunit;

namespace MapDashboard.Web.Tests.Notices;

public class NoticeNotFoundTests : AppBunitContext
{
    private static readonly NoticeChoice Current = new("ndrc-2021-668", "[2021] No.668", "Notice on the second batch of pilots", null);

    [Fact]
    public void An_unknown_notice_is_named_in_a_message_with_a_link_to_the_current_notice()
    {
        var cut = Render<NoticeNotFound>(p => p.Add(n => n.Asked, "ndrc-1999-1").Add(n => n.Current, Current).Add(n => n.Path, "compare"));

        Assert.Contains("There is no published notice with the id “ndrc-1999-1”", cut.Find("[role=alert]").TextContent);
        var link = cut.Find("[data-testid=notice-current-link]");
        Assert.Equal("compare?notice=ndrc-2021-668", link.GetAttribute("href"));
        Assert.Contains("[2021] No.668 · Notice on the second batch of pilots", link.TextContent);
    }

    [Fact]
    public void With_nothing_published_the_message_says_so_instead_of_linking()
    {
        var cut = Render<NoticeNotFound>(p => p.Add(n => n.Asked, "ndrc-1999-1"));
        Assert.Empty(cut.FindAll("[data-testid=notice-current-link]"));
        Assert.Contains("No notice is published yet.", cut.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void What_the_link_asked_for_is_shown_as_text()
    {
        var cut = Render<NoticeNotFound>(p => p.Add(n => n.Asked, "<b>x</b>").Add(n => n.Current, Current));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("“<b>x</b>”", cut.Find("[role=alert]").TextContent);
    }
}
