using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Layout;
using Xunit;

namespace MapDashboard.Core.Tests.Notices;

public sealed class NormalizedTextTests
{
    [Fact]
    public void CRLF_BOM_no_break_and_full_width_spaces_and_full_width_digits_read_as_plain_text()
    {
        var n = NormalizedText.Of("\uFEFFGu\u00A0'an\u3000built １２，０００ roads （about ６．５％）.\r\n\r\nNext.");
        Assert.Equal("Gu 'an built 12,000 roads (about 6.5%).\nNext.", n.Text);
    }

    [Fact]
    public void A_range_of_the_normalised_text_maps_to_the_same_words_in_the_original()
    {
        const string original = "\uFEFFFirst line\r\n  of one   sentence.\r\n\r\nSecond paragraph.";
        var n = NormalizedText.Of(original);
        var at = n.Text.IndexOf("line of one sentence.", StringComparison.Ordinal);
        var range = n.ToOriginal(new TextRange(at, at + "line of one sentence.".Length));
        Assert.Equal("line\r\n  of one   sentence.", range.Of(original));
    }

    [Fact]
    public void A_line_break_inside_a_sentence_is_wrapping_not_a_paragraph_break() =>
        Assert.Equal("Gu 'an, Hebei built roads and schools.\nSecond paragraph.",
            NormalizedText.Of("Gu 'an, Hebei built\nroads and\nschools.\n\nSecond paragraph.").Text);

    [Fact]
    public void In_wrapped_text_a_full_line_ending_a_sentence_continues_and_a_short_one_ends_the_paragraph()
    {
        // Wrapped at 44: "around it." is a full line (the next word would not fit), "Short end." is not.
        var lines = string.Join("\n",
            "Gu 'an, Hebei built roads and planted trees",
            "along them. The county trained people in",
            "welding and cooking. The same county then",
            "built more schools for the children of",
            "farmers who moved to town. Next came parks,",
            "libraries and halls in the towns around it.",
            "Short end.",
            "A new paragraph starts here and runs across",
            "the line to its end, as paragraphs do.");
        var paragraphs = NormalizedText.Of(lines).Text.Split('\n');
        Assert.Equal(2, paragraphs.Length);
        Assert.EndsWith("Short end.", paragraphs[0]);
    }

    [Fact]
    public void A_theme_or_measure_line_starts_a_paragraph_even_after_a_title_without_full_stop() =>
        Assert.Equal(["A Made-up Notice", "First, do things.", "(1) In doing things, it is mainly to do them well."],
            NormalizedText.Of("A Made-up Notice\nFirst, do things.\n(1) In doing things, it is mainly to do them well.").Text.Split('\n'));

    [Fact]
    public void The_document_number_line_is_its_own_paragraph() =>
        Assert.Equal(["A Made-up Notice of the Office", "Office Planning [2021] No.668", "To the offices of all provinces:"],
            NormalizedText.Of("A Made-up Notice of the Office\nOffice Planning [2021] No.668\nTo the offices of all provinces:").Text.Split('\n'));

    [Fact]
    public void A_phrase_matches_across_white_space_line_breaks_and_full_width_digits() =>
        Assert.Equal("about 6.5438+0.2 million", NormalizedText.Phrase(" about ６．５４３８+０．２\r\n   million "));
}
