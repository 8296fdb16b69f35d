using MapDashboard.Web.Tests.Localization;
using System.Globalization;
using MapDashboard.Web.Features.Presenter;
using Xunit;
using static MapDashboard.Web.Tests.Presenter.SampleNotice;

namespace MapDashboard.Web.Tests.Presenter;

public class PresenterDeckTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static IReadOnlyList<PresenterStep> Deck(bool withPractices = false) =>
        PresenterDeck.Build("Notice title", Measures, Rows, withPractices, English, Texts.Localizer());

    [Fact]
    public void The_briefing_is_the_overview_then_each_theme_followed_by_its_measures_in_order()
    {
        var outline = Deck().Select(s => s.Kind switch
        {
            StepKind.Overview => "O",
            StepKind.Theme => "T" + s.ThemeNumber,
            _ => "M" + s.MeasureNumber,
        });
        Assert.Equal(
            "O T1 M1 M2 M3 T2 M4 M5 M6 M7 M8 M9 T3 M10 M11 M12 M13",
            string.Join(' ', outline));
    }

    [Fact]
    public void Steps_are_numbered_from_one_without_gaps_so_each_has_its_own_url()
    {
        var deck = Deck();
        Assert.Equal(Enumerable.Range(1, 17), deck.Select(s => s.Number));
    }

    [Fact]
    public void The_overview_fits_the_map_to_every_locality_and_counts_them()
    {
        var overview = Deck()[0];
        Assert.Equal(7, overview.Codes.Count);
        Assert.Equal(["7", "13", "7"], overview.Figures.Select(f => f.Value));
        Assert.Equal(3, overview.Points.Count);
    }

    [Fact]
    public void A_theme_step_fits_to_the_localities_of_its_measures_and_lists_the_measures()
    {
        var theme3 = Deck().Single(s => s is { Kind: StepKind.Theme, ThemeNumber: 3 });
        Assert.Equal(["440114", "510184"], theme3.Codes);
        Assert.Equal(4, theme3.Points.Count);
    }

    [Fact]
    public void A_measure_step_fits_to_the_localities_the_measure_credits()
    {
        var measure2 = Deck().Single(s => s.MeasureNumber == 2);
        Assert.Equal(["421300", "430300", "431000", "640100"], measure2.Codes);
        Assert.Equal("Measure 2 title", measure2.Headline);
    }

    [Fact]
    public void A_measure_shows_at_most_three_figures_one_per_locality_first()
    {
        var figures = Deck().Single(s => s.MeasureNumber == 2).Figures;
        Assert.Equal(PresenterDeck.MaxFigures, figures.Count);
        Assert.Equal(3, figures.Select(f => f.Where).Distinct().Count());
    }

    [Fact]
    public void Big_figures_read_in_words_and_keep_their_qualifier()
    {
        var chongzhou = Deck().Single(s => s.MeasureNumber == 10).Figures.Single(f => f.Where == "Chongzhou City");
        Assert.Equal(("about", "2.8 billion", "yuan"), (chongzhou.Qualifier, chongzhou.Value, chongzhou.Label));
    }

    [Fact]
    public void A_repaired_figure_is_marked_on_the_step()
    {
        var suizhou = Deck().Single(s => s.MeasureNumber == 2).Figures.Single(f => f.Where == "Suizhou City");
        Assert.True(suizhou.Repaired);
    }

    [Fact]
    public void With_practices_each_practice_follows_its_measure_and_fits_to_its_one_locality()
    {
        var deck = Deck(withPractices: true);
        Assert.Equal(17 + Rows.Count, deck.Count);
        var m10 = deck.Single(s => s is { Kind: StepKind.Measure, MeasureNumber: 10 });
        var next = deck.Skip(m10.Number).Take(2).ToList();
        Assert.All(next, s => Assert.Equal(StepKind.Practice, s.Kind));
        Assert.Equal(["440114", "510184"], next.SelectMany(s => s.Codes).Order());
    }
}
