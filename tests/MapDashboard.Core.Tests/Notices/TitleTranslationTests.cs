using MapDashboard.Core.Notices;
using Xunit;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>Our Chinese theme and measure titles are data beside the notice, found by its document number.</summary>
public sealed class TitleTranslationTests
{
    [Fact]
    public void The_seed_notice_has_our_Chinese_title_for_each_of_its_3_themes_and_13_measures()
    {
        var seed = NoticeSeed.Load(RepoFiles.Path("seeds", "ndrc-2021-668-notice.txt"));
        var structure = seed.Read(MapDashboard.Core.Geography.GazetteerCsv.ReadFile(RepoFiles.GazetteerPath)).Structure;
        Assert.All(structure.Themes, t => Assert.False(string.IsNullOrWhiteSpace(seed.TitlesZh.Theme(t.Number))));
        Assert.All(structure.Measures, m => Assert.False(string.IsNullOrWhiteSpace(seed.TitlesZh.Measure(m.Number))));
        Assert.Equal(structure.Themes.Count + structure.Measures.Count, seed.TitlesZh.Count);
        Assert.Equal("深化户籍制度改革", seed.TitlesZh.Measure(1));
    }

    [Fact]
    public void A_notice_without_a_titles_file_has_none()
    {
        Assert.Same(TitleTranslations.None, TitleTranslations.For(null, [RepoFiles.Path("seeds")]));
        Assert.Null(TitleTranslations.None.Measure(1));
    }

    [Theory]
    [InlineData("kind,number,title\n", "first line")]
    [InlineData("kind,number,title_zh\nchapter,1,第一章\n", "kind 'chapter'")]
    [InlineData("kind,number,title_zh\nmeasure,x,户籍\n", "'x'")]
    [InlineData("kind,number,title_zh\nmeasure,1,户籍\nmeasure,1,户籍改革\n", "twice")]
    [InlineData("kind,number,title_zh\nmeasure,1,\n", "1 to 60")]
    public void A_broken_titles_file_says_which_line_and_why(string csv, string expected)
    {
        var e = Assert.Throws<FormatException>(() => TitleTranslations.Read(new StringReader(csv)));
        Assert.Contains(expected, e.Message);
    }
}
