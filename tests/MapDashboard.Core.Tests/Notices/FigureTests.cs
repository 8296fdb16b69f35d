using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

public sealed class FigureTests
{
    private static IndicatorRecord Only(string body, ReviewDecisions? decisions = null) => Assert.Single(Read(body, decisions).Indicators);

    private static ReviewDecisions Decide(params ReviewDecision[] d) => new(d);

    [Theory]
    [InlineData("6.5438+0", "1")]
    [InlineData("6.5438+0.2", "1.2")]
    [InlineData("65438+0.8", "1.8")]
    public void Artifact_6_5438_plus_0_is_the_digit_1(string garbled, string repaired) =>
        Assert.Equal((repaired, true), FigureRepairs.RepairOne(garbled));

    [Fact]
    public void Garbled_figure_in_another_unit_is_repaired_and_flagged_for_million_review()
    {
        var x = Read("Shexian County, Anhui Province harvested about 6.5438+0.5 million tons of grain.");
        var i = Assert.Single(x.Indicators);
        Assert.Equal(1_500_000m, i.Value);
        Assert.Equal("tons of grain", i.Unit);
        Assert.True(i.Repaired);
        Assert.Contains(x.Review, r => r.Kind == ReviewKind.UnreviewedMillion && r.Subject == "about 6.5438+0.5 million tons of grain");
    }

    [Fact]
    public void Digit_before_10000_counts_ten_thousands()
    {
        var i = Only("Jiang 'an, Sichuan improved the living conditions of 1 10,000 people.");
        Assert.Equal(10_000m, i.Value);
        Assert.Equal("people", i.Unit);
        Assert.True(i.Repaired);
    }

    [Fact]
    public void Zero_slash_zero_stays_text_and_is_never_a_number()
    {
        var i = Only("More than 0/0 school gymnasiums in Gu 'an, Hebei are open free of charge.");
        Assert.Null(i.Value);
        Assert.Equal("more than", i.Qualifier);
        Assert.Equal("school gymnasiums", i.Unit);
        Assert.Contains("no recoverable number", i.Note);
    }

    [Fact]
    public void Kloc_artifact_is_reported_as_garbled_text_not_a_figure()
    {
        var x = Read("Gymnasiums in Huadu District/Kloc-0 in Guangzhou are open.");
        Assert.Empty(x.Indicators);
        Assert.Contains(x.Review, r => r.Kind == ReviewKind.GarbledText && r.Subject == "/Kloc-0");
    }

    [Fact]
    public void Censored_stars_are_reported_as_garbled_text()
    {
        var x = Read("Shandong Zhucheng * * * construction enterprises use workshops. Gu 'an, Hebei built * * * schools.");
        Assert.Contains(x.Review, r => r.Kind == ReviewKind.GarbledText && r.Subject == "* * *");
    }

    [Fact]
    public void Split_year_20_14_is_a_year_not_an_indicator()
    {
        var figures = FigureFinder.Find("Since 20 14, the county built 12 schools.", new TextRange(0, 41));
        Assert.Equal(FigureKind.Year, figures[0].Kind);
        Assert.Equal(2014m, figures[0].Value);
        Assert.Empty(Read("Since 20 14, Gu 'an, Hebei has planned its towns.").Indicators);
    }

    [Fact]
    public void Year_after_in_is_not_an_indicator_but_a_count_of_2000_people_is() =>
        Assert.Equal(2000m, Only("In 2019, Gu 'an, Hebei trained about 2000 people.").Value);

    [Theory]
    [InlineData("Gu 'an, Hebei opened No.8 Primary School.")]
    [InlineData("Gu 'an, Hebei developed version 2.0 of its platform.")]
    [InlineData("Gu 'an, Hebei covers public places with 5G networks.")]
    [InlineData("Gu 'an, Hebei responded to COVID-19 quickly.")]
    [InlineData("Gu 'an, Hebei built a three-level first-class hospital and one-stop services.")]
    public void Labels_are_not_figures(string body) => Assert.Empty(Read(body).Indicators);

    [Theory]
    [InlineData("about 29,000 sets", "about")]
    [InlineData("more than 30,000 sets", "more than")]
    [InlineData("nearly 10,000 sets", "nearly")]
    [InlineData("over 300 sets", "more than")]
    [InlineData("12 sets", "")]
    public void Qualifier_is_normalised(string phrase, string qualifier) =>
        Assert.Equal(qualifier, Only($"Gu 'an, Hebei raised {phrase} of housing.").Qualifier);

    [Fact]
    public void Rate_that_reaches_a_percentage_is_qualified_reached()
    {
        var i = Only("Gu 'an, Hebei: the collection rate of waste reaches 95%.");
        Assert.Equal((95m, "%", "reached", "reaches 95%"), (i.Value, i.Unit, i.Qualifier, i.SourcePhrase));
    }

    [Fact]
    public void Spelled_number_counts_with_its_unit()
    {
        var i = Only("Gu 'an, Hebei lowered the threshold of six municipal districts.");
        Assert.Equal((6m, "municipal districts"), (i.Value, i.Unit));
    }

    [Fact]
    public void Thing_before_by_completes_a_bare_measure_and_per_year()
    {
        var i = Only("Gu 'an, Hebei reduced carbon emissions by about 20,000 tons per year.");
        Assert.Equal("tons of carbon emissions per year", i.Unit);
        Assert.Equal("about 20,000 tons per year", i.SourcePhrase);
    }

    [Fact]
    public void Billion_yuan_is_read_and_needs_no_million_review()
    {
        var x = Read("Gu 'an, Hebei issued loans of about 2.8 billion yuan.");
        Assert.Equal(2_800_000_000m, Assert.Single(x.Indicators).Value);
        Assert.DoesNotContain(x.Review, r => r.Kind == ReviewKind.UnreviewedMillion);
    }

    [Fact]
    public void Million_places_at_one_school_are_set_by_the_review_file_and_marked_repaired()
    {
        var body = "Gu 'an No.8 Primary School in Hebei Province increased the number of degrees by about 0.2 million.";
        var i = Only(body, Decide(new ReviewDecision("131022", "about 0.2 million", ReviewAction.Set, 2000m, "school places", "万 read as million")));
        Assert.Equal((2000m, "school places", true), (i.Value, i.Unit, i.Repaired));
        Assert.Contains("万 read as million", i.Note);
    }

    [Fact]
    public void Same_million_figure_without_a_decision_is_flagged_not_changed()
    {
        var x = Read("Gu 'an No.8 Primary School in Hebei Province increased the number of degrees by about 0.2 million.");
        Assert.Equal(200_000m, Assert.Single(x.Indicators).Value);
        Assert.Contains(x.Review, r => r.Kind == ReviewKind.UnreviewedMillion);
    }

    [Fact]
    public void Review_ignore_drops_a_threshold_and_reports_it()
    {
        var x = Read("Gu 'an, Hebei serves cities with less than 3 million people.",
            Decide(new ReviewDecision("131022", "less than 3 million people", ReviewAction.Ignore, null, "", "threshold")));
        Assert.Empty(x.Indicators);
        Assert.Contains(x.Review, r => r.Kind == ReviewKind.IgnoredFigure);
    }

    [Fact]
    public void Review_decision_that_matches_nothing_is_reported()
    {
        var x = Read("Gu 'an, Hebei built roads.", Decide(new ReviewDecision("131022", "about 9 million", ReviewAction.Keep, null, "", "old")));
        Assert.Contains(x.Review, r => r.Kind == ReviewKind.UnusedDecision && r.Subject == "about 9 million");
    }

    [Fact]
    public void Figure_before_its_place_belongs_to_the_place_after_it() =>
        Assert.Equal("131022", Only("Nearly 10,000 parking spaces in Gu 'an, Hebei Province were unified.").Code);

    [Fact]
    public void Figures_go_to_the_nearest_place_before_them()
    {
        var x = Read("Xiangtan, Hunan raised about 29,000 sets of housing, and Gu 'an, Hebei raised about 4,000 sets of housing.");
        Assert.Equal(["430300 29000", "131022 4000"], x.Indicators.Select(i => $"{i.Code} {i.Value}"));
    }

    [Fact]
    public void Sentence_naming_no_place_continues_the_previous_practice_and_its_figures()
    {
        var x = Read("Shexian County, Hebei Province held training courses. Rural labour at home, and trained about 6000 people.");
        var p = Assert.Single(x.Practices);
        Assert.EndsWith("trained about 6000 people.", p.Excerpt);
        Assert.Equal("130426", Assert.Single(x.Indicators).Code);
    }

    [Fact]
    public void Review_file_reads_actions_and_rejects_a_set_without_value()
    {
        var ok = ReviewDecisions.Read(new StringReader("adcode,source_phrase,action,value,unit,reason\n131022,about 0.2 million,set,2000,school places,why\n"));
        Assert.Equal(2000m, ok.Find("131022", "about 0.2 million")!.Value);
        Assert.Throws<FormatException>(() => ReviewDecisions.Read(new StringReader("adcode,source_phrase,action,value,unit,reason\n1,x,set,,,why\n")));
    }
}
