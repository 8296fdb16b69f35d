using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using NetTopologySuite;
using static MapDashboard.Web.Tests.Presenter.SampleNotice;

namespace MapDashboard.Web.Tests.Compare;

/// <summary>
/// Two published notices in memory: the older (ndrc-2021-668) credits Huadu and Chongzhou, the newer (ndrc-2023-901)
/// Huadu and Pidu, each with a figure of its own.
/// </summary>
internal static class TwoNoticeSnapshot
{
    public const string Older = "ndrc-2021-668";
    public const string Newer = "ndrc-2023-901";

    public static ReadSnapshot Build()
    {
        var older = new[] { Practice(10, "440114", "Huadu District", Figure(230_000_000, "yuan")), Practice(10, "510184", "Chongzhou City", Figure(2_800_000_000, "yuan")) };
        var newer = new[] { Practice(10, "440114", "Huadu District", Figure(300_000_000, "yuan")), Practice(10, "510117", "Pidu District", Figure(5, "towns")) };
        var localities = older.Concat(newer).DistinctBy(p => p.Code).ToDictionary(p => p.Code, p => Locality(p));
        return new ReadSnapshot(1,
        [
            Notice(Older, "[2021] No.668", DateTimeOffset.Parse("2021-06-01T00:00:00Z"), older, localities),
            Notice(Newer, "[2023] No.901", DateTimeOffset.Parse("2023-06-01T00:00:00Z"), newer, localities),
        ], localities);
    }

    /// <summary>Reads answered from <see cref="Build"/>, as the app's read model answers a page.</summary>
    public static NoticeReads Reads() => new SnapshotReads(Build());

    private static NoticeData Notice(string id, string number, DateTimeOffset published, PracticeRow[] rows, IReadOnlyDictionary<string, LocalityInfo> localities) =>
        new(new NoticeSummary(id, number, "Title of " + number, "标题 " + number, null, null, NoticeSummary.Published, published, published, rows.Length, rows.Length),
            "", Measures, rows.Select(r => r with { NoticeId = id }).ToList(), localities);

    private static LocalityInfo Locality(PracticeRow p) =>
        new(p.Code, p.NameZh, p.NameEn, p.NameEn.ToLowerInvariant(), p.Level, p.ProvinceCode, p.ProvinceNameZh, p.ProvinceNameEn, "", "", "", "",
            NtsGeometryServices.Instance.CreateGeometryFactory(4326).CreatePoint(new NetTopologySuite.Geometries.Coordinate(113, 23)), null);

    private sealed class SnapshotReads(ReadSnapshot snapshot) : NoticeReads(null!, NullLogger<NoticeReads>.Instance)
    {
        public override Task<PageRead<T>> ForPageAsync<T>(Func<ReadSnapshot, T?> read, CancellationToken ct) where T : default =>
            Task.FromResult<PageRead<T>>(new PageRead<T>.Loaded(read(snapshot)));
    }
}
