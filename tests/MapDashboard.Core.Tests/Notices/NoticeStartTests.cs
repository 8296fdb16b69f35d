using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>The notice is found by its own start (title, number, addressees), themes and measures by their shape.</summary>
public sealed class NoticeStartTests
{
    private const string Body =
        "First, do things.\n\nAdhere to principles.\n\n(1) In doing things, it is mainly to do them well. Gu 'an, Hebei built roads.\n\n" +
        "Closing words of the notice.\n";

    private const string Own = "A Made-up Notice on Doing Things\n\nOffice Planning [2021] No.668\n\nTo the offices of all provinces:\n\n";

    private static NoticeExtraction ReadText(string text) => new NoticeReader(Standard, ReviewDecisions.None).Read(text);

    [Fact]
    public void A_notice_with_nothing_around_it_is_read_with_its_title_and_number()
    {
        var x = ReadText(Own + Body);
        Assert.Equal("A Made-up Notice on Doing Things", x.Structure.Title);
        Assert.Equal((2021, 668), (x.Structure.Number!.Year, x.Structure.Number.Serial));
        Assert.Equal(["131022"], x.Practices.Select(p => p.Code));
    }

    [Fact]
    public void A_news_lead_before_the_number_with_its_own_theme_and_measure_credits_nobody()
    {
        var lead = "Home - News\n\nFirst, a summary of the notice.\n\n(1) Fuzhou, Jiangxi abolished the restrictions.\n\n";
        var x = ReadText(lead + Own + Body);
        Assert.Equal(["131022"], x.Practices.Select(p => p.Code));
        Assert.Equal("A Made-up Notice on Doing Things", x.Structure.Title);
    }

    [Fact]
    public void Without_a_number_the_title_is_the_last_heading_before_the_themes() =>
        Assert.Equal("A Made-up Notice", NoticeStructureParser.Parse("Home - News\n\nA Made-up Notice\n\n" + Body).Title);

    [Fact]
    public void Without_a_number_a_summary_with_its_own_first_theme_is_skipped()
    {
        var text = "A Summary\n\nFirst, a summary.\n\nFuzhou, Jiangxi abolished the restrictions.\n\nA Made-up Notice\n\n" + Body;
        var s = NoticeStructureParser.Parse(text);
        Assert.Equal("A Made-up Notice", s.Title);
        Assert.Equal(["1 Do things"], s.Themes.Select(t => $"{t.Number} {t.Title}"));
        Assert.DoesNotContain("Fuzhou", s.Measures.Single().Paragraph.Of(text));
    }

    [Fact]
    public void A_text_without_a_document_number_is_refused_in_one_line_it_could_not_be_stored_under_an_id()
    {
        var e = Assert.Throws<NoticeFormatException>(() => ReadText("A Made-up Notice\n\n" + Body));
        Assert.StartsWith("No document number found", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("Development and Reform Office Planning [2021] No.668", "ndrc-2021-668")]
    [InlineData("发改办规划〔2021〕668号", "ndrc-2021-668")]
    [InlineData("NDRC Office Planning [2021] No. 668", "ndrc-2021-668")]
    [InlineData("Guo Ban Fa (2020) No. 5", "notice-2020-5")]
    public void The_document_number_gives_the_notices_slug(string line, string slug) =>
        Assert.Equal(slug, NoticeSeed.FindNumber(line + "\n\n" + Body)?.Slug);

    [Fact]
    public void A_number_inside_a_sentence_is_not_the_document_number() =>
        Assert.Null(NoticeSeed.FindNumber("The NDRC issued the notice Office Planning [2021] No.668 to all provinces today.\n\n" + Body));

    [Fact]
    public void Themes_numbered_in_Roman_and_measures_in_Roman_or_words_are_read()
    {
        var text = Own + "I. Do things\n\n(i) In doing things, it is mainly to do them well. Gu 'an, Hebei built roads.\n\n" +
                   "II. Do more things\n\n(two) In doing more, it is mainly to do it. Fuzhou, Jiangxi built parks.\n";
        var s = ReadText(text).Structure;
        Assert.Equal(["1 Do things", "2 Do more things"], s.Themes.Select(t => $"{t.Number} {t.Title}"));
        Assert.Equal([(1, 1), (2, 2)], s.Measures.Select(m => (m.Number, m.ThemeNumber)));
        Assert.Equal("(i) In doing things, it is mainly to do them well.", s.Measures[0].Lead);
    }
}
