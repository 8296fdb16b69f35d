using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>Review decisions belong to the notice by its document number, whatever the file holding the text is called.</summary>
public sealed class ReviewByNumberTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mapdash-review-").FullName;

    private static string SeedsDir => RepoFiles.Path("seeds");

    private static string SeedReview => RepoFiles.Path("seeds", "ndrc-2021-668.review.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_seed_text_under_another_name_finds_its_review_file_in_the_seeds_folder()
    {
        var seed = NoticeSeed.Load(Write("copy from e-mail.txt", RepoFiles.NoticeText), reviewFolders: [SeedsDir]);
        Assert.Equal(Path.GetFullPath(SeedReview), seed.ReviewPath);
        Assert.Equal(ReviewDecisions.ReadFile(SeedReview).All, seed.Decisions.All);
    }

    [Fact]
    public void A_text_named_like_the_seed_with_another_number_gets_none_of_its_decisions()
    {
        File.Copy(SeedReview, Path.Combine(_dir, "ndrc-2021-668.review.csv"));
        var text = RepoFiles.NoticeText.Replace("[2021] No.668", "[2022] No.12");
        var seed = NoticeSeed.Load(Write("ndrc-2021-668-notice.txt", text), reviewFolders: [SeedsDir]);
        Assert.Equal("ndrc-2022-12", seed.Number?.Slug);
        Assert.Null(seed.ReviewPath);
        Assert.Empty(seed.Decisions.All);
    }

    [Fact]
    public void A_review_file_given_explicitly_overrides_the_one_found_by_number()
    {
        var own = Write("mine.csv", "adcode,source_phrase,action,value,unit,reason\n131022,about 0.2 million,keep,,,checked\n");
        var seed = NoticeSeed.Load(Write("copy.txt", RepoFiles.NoticeText), own, [SeedsDir]);
        Assert.Equal(own, seed.ReviewPath);
        Assert.Single(seed.Decisions.All);
    }

    [Fact]
    public void A_decision_matches_its_figure_across_white_space_and_line_breaks()
    {
        var text = Notice("Gu 'an No.8 Primary School in Hebei Province increased the number of degrees by about 0.2\r\n    million.");
        var decisions = new ReviewDecisions([new ReviewDecision("131022", "about  0.2 million", ReviewAction.Set, 2000m, "school places", "万")]);
        var i = Assert.Single(new NoticeReader(Standard, decisions).Read(text).Indicators);
        Assert.Equal(2000m, i.Value);
        Assert.Equal("about 0.2\r\n    million", i.SourcePhrase);
    }
}
