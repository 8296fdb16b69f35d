using MapDashboard.Web.Shared;
using Xunit;

namespace MapDashboard.Web.Tests.Hardening;

/// <summary>Labels every open dashboard draws alike are kept once, and what keeps them cannot grow without bound.</summary>
public sealed class SharedTextTests
{
    // One test, run in order: only this test fills the store, so no other test can start it again between its steps.
    [Fact]
    public void Equal_labels_are_one_string_and_the_store_starts_again_when_full_without_losing_a_label()
    {
        var first = SharedText.Of(string.Concat("Measure 3: ", "Improving the vocational skills"));
        var again = SharedText.Of(string.Concat("Measure 3: Improving ", "the vocational skills"));
        Assert.Same(first, again);

        for (var i = 0; i < SharedText.Capacity; i++)
        {
            var text = $"label {i}";
            Assert.Equal(text, SharedText.Of(text));
        }

        // The store was emptied at least once since the first label went in: a later copy is kept afresh, equal in value.
        var afterwards = string.Concat("Measure 3: Improving the ", "vocational skills");
        var kept = SharedText.Of(afterwards);
        Assert.Equal(first, kept);
        Assert.NotSame(first, kept);
    }
}
