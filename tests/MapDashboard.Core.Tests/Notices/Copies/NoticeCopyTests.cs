using System.Globalization;
using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Core.Notices.Layout;
using Xunit;

namespace MapDashboard.Core.Tests.Notices.Copies;

/// <summary>
/// The same notice from different copies reads the same: each copy made by <see cref="NoticeCopies"/> is read against
/// the real gazetteer and review file and compared with the reading of the seed: same title, themes and measures, same
/// localities, practices and figures (review decisions applied), and every excerpt and source phrase points at the same
/// sentence in the copy itself.
/// </summary>
public sealed class NoticeCopyTests
{
    private static readonly Lazy<(NoticeReader Reader, NoticeExtraction Seed)> Run = new(() =>
    {
        var reader = new NoticeReader(GazetteerCsv.ReadFile(RepoFiles.GazetteerPath),
            ReviewDecisions.ReadFile(RepoFiles.Path("seeds", "ndrc-2021-668.review.csv")));
        return (reader, reader.Read(RepoFiles.NoticeText));
    });

    public static TheoryData<string> Copies => new(NoticeCopies.All.Keys);

    private static (string Text, NoticeExtraction Copy, NoticeExtraction Seed) ReadCopy(string name)
    {
        var (reader, seed) = Run.Value;
        var text = NoticeCopies.All[name](RepoFiles.NoticeText);
        Assert.NotEqual(RepoFiles.NoticeText, text);
        return (text, reader.Read(text), seed);
    }

    [Theory, MemberData(nameof(Copies))]
    public void Title_number_themes_and_measures_are_the_seeds(string copy)
    {
        var (_, x, seed) = ReadCopy(copy);
        Assert.Equal(seed.Structure.Title, x.Structure.Title);
        Assert.Equal("ndrc-2021-668", x.Structure.Number?.Slug);
        Assert.Equal(seed.Structure.Themes.Select(t => $"{t.Number} {t.Title}"), x.Structure.Themes.Select(t => $"{t.Number} {t.Title}"));
        Assert.Equal(seed.Structure.Measures.Select(m => $"({m.Number}) theme {m.ThemeNumber} {m.Title} | {m.Lead}"),
            x.Structure.Measures.Select(m => $"({m.Number}) theme {m.ThemeNumber} {m.Title} | {m.Lead}"));
    }

    [Theory, MemberData(nameof(Copies))]
    public void Localities_and_practices_are_the_seeds_with_excerpts_at_the_same_sentences(string copy)
    {
        var (text, x, seed) = ReadCopy(copy);
        Assert.Equal(seed.Localities.Select(l => l.Code).Order(), x.Localities.Select(l => l.Code).Order());
        Assert.Equal(seed.Practices.Select(Practice), x.Practices.Select(Practice));
        Assert.All(x.Practices, p => Assert.Equal(text[p.Range.Start..p.Range.End], p.Excerpt));
    }

    [Theory, MemberData(nameof(Copies))]
    public void Figures_are_the_seeds_with_review_decisions_applied(string copy)
    {
        var (text, x, seed) = ReadCopy(copy);
        Assert.Equal(seed.Indicators.Select(Figure), x.Indicators.Select(Figure));
        Assert.All(x.Indicators, i => Assert.Equal(text[i.Range.Start..i.Range.End], i.SourcePhrase));
        Assert.Equal(seed.Review.Select(Review), x.Review.Select(Review));
    }

    public static TheoryData<string> CopiesWithMetadata => new(NoticeCopies.WithMetadata.Keys);

    [Fact]
    public void The_seed_carries_its_number_and_English_title_but_no_Chinese_title_date_or_source()
    {
        var s = Run.Value.Seed.Structure;
        Assert.Equal(("ndrc-2021-668", "Development and Reform Office Planning [2021] No.668"), (s.Id, s.Number!.Text));
        Assert.StartsWith("Notice of the General Office of the National Development and Reform Commission on Promoting", s.Title);
        Assert.Equal((null, null, null), (s.TitleZh, s.IssuedOn, s.Source));
    }

    [Theory, MemberData(nameof(CopiesWithMetadata))]
    public void A_copy_that_adds_a_Chinese_title_date_or_source_reads_them_and_otherwise_reads_as_the_seed(string copy)
    {
        var (reader, seed) = Run.Value;
        var (make, titleZh, issuedOn, source) = NoticeCopies.WithMetadata[copy];
        var x = reader.Read(make(RepoFiles.NoticeText));
        Assert.Equal((titleZh, issuedOn, source), (x.Structure.TitleZh, x.Structure.IssuedOn, x.Structure.Source));
        Assert.Equal((seed.Structure.Id, seed.Structure.Title), (x.Structure.Id, x.Structure.Title));
        Assert.Equal(seed.Practices.Select(Practice), x.Practices.Select(Practice));
        Assert.Equal(seed.Indicators.Select(Figure), x.Indicators.Select(Figure));
    }

    private static string Practice(PracticeRecord p) =>
        $"({p.Measure}) {p.Code} {p.Theme}: {NormalizedText.Phrase(p.Excerpt)}";

    private static string Figure(IndicatorRecord i) =>
        $"({i.Measure}) {i.Code} {i.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "text"} [{i.Unit}] [{i.Qualifier}] " +
        $"\"{NormalizedText.Phrase(i.SourcePhrase)}\" {i.Note}{(i.Repaired ? " repaired" : "")}";

    private static string Review(ReviewItem r) => $"{r.Kind} ({r.Measure}) {NormalizedText.Phrase(r.Subject)}";
}
