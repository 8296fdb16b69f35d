using MapDashboard.Core.Notices;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

public sealed class NoticeStructureTests
{
    [Fact]
    public void Places_in_the_summary_before_the_full_text_are_not_credited() =>
        Assert.DoesNotContain(Read("Gu 'an, Hebei built roads.").Practices, p => p.Code == "361000");

    [Fact]
    public void Lead_sentence_credits_nobody_and_is_the_measure_lead()
    {
        var x = Read("Gu 'an, Hebei built roads.");
        Assert.Equal("(1) In doing things, it is mainly to do them well.", x.Structure.Measures[0].Lead);
        Assert.Equal("Doing things", x.Structure.Measures[0].Title);
        Assert.Equal("Do things", x.Structure.Themes[0].Title);
    }

    [Fact]
    public void Measure_spelled_eleven_is_measure_11()
    {
        var measures = string.Join("\n", Enumerable.Range(1, 12).Select(n => (n == 11 ? "(eleven)" : $"({n})") + $" In item {n}, it is mainly x."));
        var text = $"crumbs\nThe full text is as follows:\nTitle\nFirst, a.\n{measures}\n";
        var s = NoticeStructureParser.Parse(text);
        Assert.Equal(Enumerable.Range(1, 12), s.Measures.Select(m => m.Number));
        Assert.StartsWith("(eleven)", s.Measures[10].Lead);
    }

    [Theory]
    [InlineData("no marker at all\n(1) In x, y.")]
    [InlineData("The full text is as follows:\nTitle\nFirst, a.\n(1) In x, y.\n(3) In z, w.")]
    [InlineData("The full text is as follows:\nTitle\n(1) In x, y.")]
    [InlineData("The full text is as follows:\nTitle\nFirst, a.\n")]
    public void Broken_notice_is_rejected_with_a_format_error(string text) =>
        Assert.Throws<NoticeFormatException>(() => NoticeStructureParser.Parse(text));

    [Fact]
    public void Excerpt_offsets_index_the_text_as_read()
    {
        var text = Notice("Gu 'an, Hebei built roads.");
        var p = Assert.Single(new NoticeReader(Standard, Core.Notices.Figures.ReviewDecisions.None).Read(text).Practices);
        Assert.Equal("Gu 'an, Hebei built roads.", text[p.Range.Start..p.Range.End]);
    }

    [Fact]
    public void Sentences_do_not_split_inside_No_8_or_decimals()
    {
        const string s = "Gu 'an No.8 Primary School added 6.5438+0.2 million places. Next one.";
        var parts = SentenceSplitter.Split(s, new TextRange(0, s.Length));
        Assert.Equal(2, parts.Count);
    }
}
