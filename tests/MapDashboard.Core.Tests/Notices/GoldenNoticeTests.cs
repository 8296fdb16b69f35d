using System.Globalization;
using System.Text.Json;
using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using Xunit;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>
/// Pins the complete extraction of NDRC 2021 No. 668 against Golden/ndrc-2021-668.expected.json, which was written by
/// reading the notice, not from program output. Runs against the real gazetteer and the real review file.
/// </summary>
public sealed class GoldenNoticeTests
{
    private static readonly Lazy<(string Text, NoticeExtraction X, JsonElement Expected)> Run = new(() =>
    {
        var path = RepoFiles.GazetteerPath;
        if (!File.Exists(path)) throw new FileNotFoundException($"The golden test needs the gazetteer at {path} (issue 3).");
        var text = RepoFiles.NoticeText;
        var reader = new NoticeReader(GazetteerCsv.ReadFile(path), ReviewDecisions.ReadFile(RepoFiles.Path("seeds", "ndrc-2021-668.review.csv")));
        var expected = JsonDocument.Parse(File.ReadAllText(RepoFiles.Path("tests", "MapDashboard.Core.Tests", "Notices", "Golden", "ndrc-2021-668.expected.json"))).RootElement;
        return (text, reader.Read(text), expected);
    });

    [Fact]
    public void Title_themes_and_measures_match()
    {
        var (_, x, e) = Run.Value;
        Assert.Equal(e.GetProperty("title").GetString(), x.Structure.Title);
        Assert.Equal(
            e.GetProperty("themes").EnumerateArray().Select(t => $"{t.GetProperty("number")} {t.GetProperty("title").GetString()}"),
            x.Structure.Themes.Select(t => $"{t.Number} {t.Title}"));
        var measures = e.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(measures.Count, x.Structure.Measures.Count);
        foreach (var (m, actual) in measures.Zip(x.Structure.Measures))
        {
            Assert.Equal(m.GetProperty("number").GetInt32(), actual.Number);
            Assert.Equal(m.GetProperty("theme").GetInt32(), actual.ThemeNumber);
            Assert.StartsWith(m.GetProperty("lead_begins").GetString()!, actual.Lead);
            Assert.EndsWith(m.GetProperty("lead_ends").GetString()!, actual.Lead);
        }
    }

    [Fact]
    public void Every_practice_is_found_and_nothing_else()
    {
        var (_, x, e) = Run.Value;
        var expected = e.GetProperty("practices").EnumerateArray()
            .Select(p => $"({p.GetProperty("measure").GetInt32()}) {p.GetProperty("code").GetString()}").Order().ToList();
        var actual = x.Practices.Select(p => $"({p.Measure}) {p.Code}").Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_excerpt_is_the_crediting_sentences_at_its_offsets()
    {
        var (text, x, e) = Run.Value;
        foreach (var p in e.GetProperty("practices").EnumerateArray())
        {
            var measure = p.GetProperty("measure").GetInt32();
            var code = p.GetProperty("code").GetString();
            var actual = Assert.Single(x.Practices, a => a.Measure == measure && a.Code == code);
            Assert.Equal(text[actual.Range.Start..actual.Range.End], actual.Excerpt);
            Assert.StartsWith(p.GetProperty("begins").GetString()!, actual.Excerpt);
            Assert.EndsWith(p.GetProperty("ends").GetString()!, actual.Excerpt);
        }
    }

    [Fact]
    public void Every_figure_is_read_as_expected()
    {
        var (text, x, e) = Run.Value;
        var expected = e.GetProperty("indicators").EnumerateArray().Select(i => Row(
            i.GetProperty("measure").GetInt32(), i.GetProperty("code").GetString()!,
            i.GetProperty("value").ValueKind == JsonValueKind.Null ? "text" : i.GetProperty("value").GetString()!,
            i.GetProperty("unit").GetString()!, i.GetProperty("qualifier").GetString()!,
            i.GetProperty("source_phrase").GetString()!, i.GetProperty("repaired").GetBoolean())).ToList();
        var actual = x.Indicators.Select(i => Row(i.Measure, i.Code,
            i.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "text", i.Unit, i.Qualifier, i.SourcePhrase, i.Repaired)).ToList();
        Assert.Equal(expected, actual);
        Assert.All(x.Indicators, i => Assert.Equal(i.SourcePhrase, text[i.Range.Start..i.Range.End]));
    }

    [Fact]
    public void Garbled_text_ignored_figures_and_unmatched_names_are_reported()
    {
        var (_, x, e) = Run.Value;
        Assert.Equal(
            e.GetProperty("garbled_text").EnumerateArray().Select(g => $"({g.GetProperty("measure")}) {g.GetProperty("text").GetString()}"),
            x.Review.Where(r => r.Kind == ReviewKind.GarbledText).Select(r => $"({r.Measure}) {r.Subject}"));
        Assert.Equal(
            e.GetProperty("ignored_figures").EnumerateArray().Select(g => $"({g.GetProperty("measure")}) {g.GetProperty("source_phrase").GetString()}"),
            x.Review.Where(r => r.Kind == ReviewKind.IgnoredFigure).Select(r => $"({r.Measure}) {r.Subject}"));
        Assert.Equal(
            e.GetProperty("reported_names").EnumerateArray().Select(g => g.GetString()),
            x.Review.Where(r => r.Kind is ReviewKind.UnmatchedName or ReviewKind.AmbiguousUnresolved).Select(r => r.Subject));
        Assert.DoesNotContain(x.Review, r => r.Kind is ReviewKind.UnusedDecision or ReviewKind.UnreviewedMillion or ReviewKind.UnattachedFigure);
    }

    private static string Row(int measure, string code, string value, string unit, string qualifier, string phrase, bool repaired) =>
        $"({measure}) {code} {value} [{unit}] [{qualifier}] \"{phrase}\"{(repaired ? " repaired" : "")}";
}
