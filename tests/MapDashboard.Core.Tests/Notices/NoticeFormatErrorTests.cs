using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>A read that finds nothing is an error with one line saying what was not found, never an empty result.</summary>
public sealed class NoticeFormatErrorTests
{
    private static string ErrorOf(string text)
    {
        var e = Assert.Throws<NoticeFormatException>(() => new NoticeReader(Standard, ReviewDecisions.None).Read(text));
        Assert.DoesNotContain('\n', e.Message);
        return e.Message;
    }

    [Fact]
    public void A_text_without_themes_says_no_themes_were_found() =>
        Assert.StartsWith("No themes found", ErrorOf("A Notice\n\nGu 'an, Hebei built roads.\n"));

    [Fact]
    public void A_text_with_themes_but_no_numbered_measures_says_no_measures_were_found() =>
        Assert.StartsWith("No measures found", ErrorOf("A Notice\n\nFirst, do things.\n\nGu 'an, Hebei built roads.\n"));

    [Fact]
    public void A_notice_naming_no_known_place_says_no_places_were_found() =>
        Assert.StartsWith("No places found", ErrorOf(Notice("Qwertyville built roads.")));

    [Fact]
    public void An_empty_text_says_no_themes_were_found() =>
        Assert.StartsWith("No themes found", ErrorOf(""));

    [Fact]
    public void A_hard_wrapped_notice_is_read_not_taken_for_an_empty_one()
    {
        var wrapped = Notice("Gu 'an, Hebei built roads\nand planted trees along them.").Replace("it is mainly to do", "it is mainly\nto do");
        var p = Assert.Single(new NoticeReader(Standard, ReviewDecisions.None).Read(wrapped).Practices);
        Assert.Equal("Gu 'an, Hebei built roads\nand planted trees along them.", p.Excerpt);
    }
}
