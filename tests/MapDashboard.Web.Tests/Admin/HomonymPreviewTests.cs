using AngleSharp.Html.Dom;
using Bunit;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Web.Features.Admin;
using Xunit;

namespace MapDashboard.Web.Tests.Admin;

/// <summary>
/// Which of two homonyms a name means, in the preview: shown with how it was decided, changeable by the editor (the
/// page reads the text again with the choice as a review decision), and every decision listed and removable.
/// </summary>
public sealed class HomonymPreviewTests : AppBunitContext
{
    private const string Anhui = "341021";
    private const string Hebei = "130426";

    private IRenderedComponent<NoticePreviewView> Render(NoticePreview preview, Action<HomonymChoice>? chosen = null,
        Action<ReviewDecision>? removed = null) =>
        Render<NoticePreviewView>(p => p
            .Add(c => c.Preview, preview)
            .Add(c => c.HomonymChanged, h => chosen?.Invoke(h))
            .Add(c => c.DecisionRemoved, d => removed?.Invoke(d)));

    [Fact]
    public void A_homonym_decided_by_context_shows_both_units_and_the_one_chosen()
    {
        var cut = Render(SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None));

        var row = cut.Find("[data-testid=homonym-row]");
        Assert.Equal(Anhui, row.GetAttribute("data-chosen"));
        var select = (IHtmlSelectElement)cut.Find("[data-testid=homonym-choice]");
        Assert.Equal([Hebei, Anhui], select.Options.Select(o => o.Value).Order());
        Assert.Equal(Anhui, select.Options.Single(o => o.IsSelected).Value);
        Assert.Contains("Hebei", select.Options.Single(o => o.Value == Hebei).TextContent);
        Assert.Contains("decided by context", cut.Find("[data-testid=homonym-how]").TextContent);
    }

    [Fact]
    public void Choosing_the_other_unit_hands_the_choice_to_the_page()
    {
        HomonymChoice? chosen = null;
        var cut = Render(SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None), h => chosen = h);

        cut.Find("[data-testid=homonym-choice]").Change(Hebei);

        Assert.NotNull(chosen);
        Assert.Equal(Hebei, chosen.Code);
        Assert.Equal([Hebei, Anhui], chosen.Candidates.Order());
        Assert.Contains("Shexian", chosen.Name);
    }

    [Fact]
    public void A_code_the_name_cannot_mean_is_ignored()
    {
        HomonymChoice? chosen = null;
        var cut = Render(SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None), h => chosen = h);

        cut.Find("[data-testid=homonym-choice]").Change("110000");

        Assert.Null(chosen);
    }

    [Fact]
    public void The_page_reading_again_with_the_choice_shows_the_other_unit_decided_by_review()
    {
        var first = SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None);
        var h = first.Homonyms.Single();
        var decisions = NoticePreviewService.WithPlaceDecision(ReviewDecisions.None,
            new HomonymChoice(h.Name, h.Candidates.Select(c => c.Code).ToList(), Hebei));

        var cut = Render(SeedPreview.Of(SeedPreview.ShexianNotice, decisions));

        Assert.Equal(Hebei, cut.Find("[data-testid=homonym-row]").GetAttribute("data-chosen"));
        Assert.Contains("decided by a review decision", cut.Find("[data-testid=homonym-how]").TextContent);
        Assert.Contains(cut.FindAll("[data-testid=preview-places] tbody tr"), r => r.TextContent.Contains(Hebei));
        Assert.Contains($"means {Hebei}", cut.Find("[data-testid=decision-row]").TextContent);
    }

    [Fact]
    public void Removing_a_decision_hands_it_to_the_page()
    {
        ReviewDecision? removed = null;
        var cut = Render(SeedPreview.Of(SeedPreview.Text, SeedPreview.SeedDecisions), removed: d => removed = d);

        Assert.Equal(SeedPreview.SeedDecisions.All.Count, cut.FindAll("[data-testid=decision-row]").Count);
        cut.FindAll("[data-testid=remove-decision]")[0].Click();

        Assert.Equal(SeedPreview.SeedDecisions.All[0], removed);
    }

    [Fact]
    public void The_map_of_the_places_is_drawn_with_the_shared_map_module()
    {
        var cut = Render(SeedPreview.Of(SeedPreview.ShexianNotice, ReviewDecisions.None));

        Assert.NotNull(cut.Find("[data-testid=preview-map]"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "import" && i.Arguments.Contains("./Features/Admin/PreviewMap.razor.js"));
    }
}
