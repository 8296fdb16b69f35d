using MapDashboard.Web.Shell;

namespace MapDashboard.Web.Tests.Notices;

/// <summary>The read model's list of published notices, without a database.</summary>
internal sealed class FixedNotices(params NoticeChoice[] notices) : PublishedNotices(null!, null!)
{
    public static readonly NoticeChoice Seed = new("ndrc-2021-668", "发改办规划〔2021〕668号", "Notice on the third batch of pilots", "关于第三批试点的通知");

    public override Task<IReadOnlyList<NoticeChoice>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<NoticeChoice>>(notices);
}
