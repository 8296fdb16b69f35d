using Bunit;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Web.Features.Admin;
using Xunit;

namespace MapDashboard.Web.Tests.Admin;

/// <summary>
/// The preview an editor sees before publishing: what the reader found in the seed notice (57 places, 67 practices),
/// the homonyms and how they were decided, the repaired figures, and a changed decision handed to the page.
/// </summary>
public sealed class NoticePreviewViewTests : AppBunitContext
{
    private static readonly Lazy<NoticePreview> Seed = new(() => SeedPreview.Of(SeedPreview.Text, SeedPreview.SeedDecisions));

    private IRenderedComponent<NoticePreviewView> Render(NoticePreview preview, Action<ReviewDecision>? changed = null) =>
        Render<NoticePreviewView>(p => p
            .Add(c => c.Preview, preview)
            .Add(c => c.DecisionChanged, d => changed?.Invoke(d)));

    [Fact]
    public void The_counts_are_those_of_the_reading()
    {
        var cut = Render(Seed.Value);

        Assert.Equal("57", cut.Find("[data-testid=count-places]").TextContent);
        Assert.Equal("67", cut.Find("[data-testid=count-practices]").TextContent);
        Assert.Equal(Seed.Value.Figures.Count.ToString(), cut.Find("[data-testid=count-figures]").TextContent);
        Assert.Equal(57, cut.FindAll("[data-testid=preview-places] tbody tr").Count);
        Assert.Equal(Seed.Value.Figures.Count, cut.FindAll("[data-testid=figure-row]").Count);
    }

    [Fact]
    public void Each_part_of_the_preview_is_a_second_level_heading_a_screen_reader_can_jump_to()
    {
        var cut = Render(SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None));

        var headings = cut.FindAll("h2").Select(h => h.Id).ToList();
        Assert.Equal(["preview-counts", "preview-diff", "preview-places", "preview-homonyms", "preview-figures", "preview-unplaced", "preview-decisions"],
            headings.Where(id => id?.StartsWith("preview-", StringComparison.Ordinal) == true).ToList());
    }

    [Fact]
    public void An_ambiguous_name_says_how_it_was_decided()
    {
        var preview = SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None);

        var cut = Render(preview);

        var homonyms = cut.Find("[data-testid=preview-homonyms]");
        Assert.Contains("Shexian", homonyms.TextContent);
        Assert.Contains("decided by context", homonyms.TextContent);
    }

    [Fact]
    public void A_repaired_figure_is_marked_and_says_how_it_was_read()
    {
        var cut = Render(Seed.Value);

        var repaired = cut.FindAll("[data-testid=figure-row][data-repaired=true]");
        Assert.Equal(Seed.Value.RepairedFigures, repaired.Count);
        Assert.NotEmpty(repaired);
        var first = Seed.Value.Figures.First(f => f.Repaired);
        Assert.Contains("repaired", repaired[0].TextContent);
        Assert.Contains(first.Note, repaired[0].TextContent);
        Assert.Equal(Seed.Value.RepairedFigures.ToString(), cut.Find("[data-testid=count-repaired]").TextContent);
    }

    [Fact]
    public void Setting_a_figures_value_hands_that_decision_to_the_page()
    {
        ReviewDecision? changed = null;
        var cut = Render(Seed.Value, d => changed = d);
        var figure = Seed.Value.Figures[0];

        cut.FindAll("[data-testid=change-decision]")[0].Click();
        cut.Find("[data-testid=decision-value]").Input("42");
        cut.Find("[data-testid=decision-reason]").Change("checked against the Chinese text");
        cut.Find("[data-testid=decision-apply]").Click();

        Assert.NotNull(changed);
        Assert.Equal((figure.Code, figure.SourcePhrase, ReviewAction.Set, 42m), (changed.Adcode, changed.SourcePhrase, changed.Action, changed.Value));
        Assert.Empty(cut.FindAll("[data-testid=decision-editor]"));
    }

    [Fact]
    public void Text_from_the_notice_is_shown_as_text_not_markup()
    {
        var preview = Seed.Value with { Title = "<img src=x onerror=alert(1)> Notice" };

        var cut = Render(preview);

        Assert.Empty(cut.FindAll("[data-testid=preview-title] img"));
        Assert.Contains("<img src=x", cut.Find("[data-testid=preview-title]").TextContent);
    }
}
