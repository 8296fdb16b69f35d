using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>A review decision (keep, the unit's code, the name as written) says which of two homonyms a name means.</summary>
public sealed class HomonymDecisionTests
{
    private static ReviewDecisions Means(string code, string name) =>
        new([new ReviewDecision(code, name, ReviewAction.Keep, null, "", "read the Chinese text")]);

    private static IEnumerable<string> Codes(NoticeExtraction x) => x.Practices.Select(p => p.Code);

    [Fact]
    public void A_decision_resolves_a_name_the_rules_left_ambiguous()
    {
        var x = Read("Fuzhou built a harbour.", Means("350100", "Fuzhou"));

        Assert.Equal(["350100"], Codes(x));
        var item = Assert.Single(x.Review, r => r.Kind == ReviewKind.AmbiguousResolved);
        Assert.Equal("350100", item.Chosen);
        Assert.True(item.DecidedByReview);
        Assert.Equal(["350100", "361000"], item.Candidates.Order());
    }

    [Fact]
    public void A_decision_overrides_the_province_named_in_the_sentence()
    {
        var codes = Codes(Read("Shexian County, Anhui Province restored old streets.", Means("130426", "Shexian County"))).ToList();

        Assert.Contains("130426", codes);
        Assert.DoesNotContain("341021", codes);
    }

    [Fact]
    public void A_decision_that_chose_a_homonym_is_not_reported_unused()
    {
        var x = Read("Fuzhou built a harbour.", Means("361000", "Fuzhou"));

        Assert.DoesNotContain(x.Review, r => r.Kind == ReviewKind.UnusedDecision);
    }

    [Fact]
    public void Without_a_decision_the_rules_decide_and_say_so()
    {
        var item = Assert.Single(Read("Shexian County, Anhui Province restored old streets.").Review, r => r.Kind == ReviewKind.AmbiguousResolved);

        Assert.Equal("341021", item.Chosen);
        Assert.False(item.DecidedByReview);
    }
}
