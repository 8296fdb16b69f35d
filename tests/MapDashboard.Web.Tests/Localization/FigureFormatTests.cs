using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard.Details;
using Xunit;

namespace MapDashboard.Web.Tests.Localization;

public class FigureFormatTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static IndicatorRow Figure(decimal? value, string unit, string qualifier = "") =>
        new(value, unit, qualifier, "printed words", "", false, 0, 0);

    [Theory]
    [InlineData(6000, "6,000")]
    [InlineData(12000, "12,000")]
    [InlineData(230000000, "230,000,000")]
    [InlineData(12.5, "12.5")]
    public void English_keeps_thousands_separators(decimal value, string expected) =>
        Assert.Equal(expected, FigureFormat.Value(value, English));

    [Theory]
    [InlineData(6000, "6,000")]
    [InlineData(9999, "9,999")]
    [InlineData(10000, "1万")]
    [InlineData(12000, "1.2万")]
    [InlineData(29000, "2.9万")]
    [InlineData(12345, "1.2345万")]
    [InlineData(5600000, "560万")]
    [InlineData(100000000, "1亿")]
    [InlineData(230000000, "2.3亿")]
    [InlineData(2800000000, "28亿")]
    [InlineData(12.5, "12.5")]
    public void Chinese_counts_in_wan_from_ten_thousand_and_yi_from_a_hundred_million(decimal value, string expected) =>
        Assert.Equal(expected, FigureFormat.Value(value, Chinese));

    [Fact]
    public void English_chip_reads_qualifier_number_unit() =>
        Assert.Equal("about 12,000 compulsory education places",
            FigureFormat.Chip(Figure(12000, "compulsory education places", "about"), English));

    [Fact]
    public void Chinese_chip_sets_the_translated_qualifier_against_the_number_and_keeps_the_notice_unit() =>
        Assert.Equal("约1.2万 compulsory education places",
            FigureFormat.Chip(Figure(12000, "compulsory education places", "about"), Chinese));

    [Theory]
    [InlineData("more than", "超过2.3亿 yuan")]
    [InlineData("nearly", "近2.3亿 yuan")]
    [InlineData("reached", "达到2.3亿 yuan")]
    [InlineData("", "2.3亿 yuan")]
    public void Chinese_qualifiers_are_translated(string qualifier, string expected) =>
        Assert.Equal(expected, FigureFormat.Chip(Figure(230000000, "yuan", qualifier), Chinese));

    [Fact]
    public void Percentages_keep_the_sign_against_the_number_in_both_languages()
    {
        Assert.Equal("more than 90%", FigureFormat.Chip(Figure(90, "%", "more than"), English));
        Assert.Equal("超过90%", FigureFormat.Chip(Figure(90, "%", "more than"), Chinese));
    }

    [Fact]
    public void A_figure_that_stays_text_shows_its_printed_words_in_both_languages()
    {
        Assert.Equal("printed words", FigureFormat.Chip(Figure(null, ""), English));
        Assert.Equal("printed words", FigureFormat.Chip(Figure(null, ""), Chinese));
    }
}
