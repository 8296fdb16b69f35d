using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.TestSupport;
using MapDashboard.Web.Features.Admin;

namespace MapDashboard.Web.Tests.Admin;

/// <summary>The seed notice read as an upload of it is read, with and without its review decisions (parsed once).</summary>
internal static class SeedPreview
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> Gazetteer =
        new(() => GazetteerCsv.ReadFile(Path.Combine(RepoPaths.Geodata, GeodataFiles.Gazetteer)));

    public static string Text => File.ReadAllText(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"));

    public static ReviewDecisions SeedDecisions => ReviewDecisions.ReadFile(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668.review.csv"));

    public static NoticePreview Of(string text, ReviewDecisions decisions) =>
        NoticePreview.From(new NoticeReader(Gazetteer.Value, decisions).Read(text), decisions, diff: null);
}
