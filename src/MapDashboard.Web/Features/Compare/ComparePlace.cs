using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// One compared place as the URL names it: "ndrc-2021-1999:440114" (the place as that notice credits it) or the plain old
/// "440114" (<see cref="NoticeId"/> null: the notice of the page's notice=, else the newest published one).
/// </summary>
public sealed record ComparePlace(string Code, string? NoticeId = null)
{
    private const char Separator = ':';

    /// <summary>The place an entry of the list names; null for a malformed entry (dropped, never thrown).</summary>
    public static ComparePlace? Parse(string entry)
    {
        var at = entry.LastIndexOf(Separator);
        var code = entry[(at + 1)..].Trim();
        if (!AdminCodes.IsLocality(code)) return null;
        if (at < 0) return new ComparePlace(code);
        var notice = entry[..at].Trim();
        return NoticeParameter.IsId(notice) ? new ComparePlace(code, notice) : null;
    }

    /// <summary>This place read from <paramref name="noticeId"/> when the URL left its notice open.</summary>
    public ComparePlace In(string noticeId) => NoticeId is null ? this with { NoticeId = noticeId } : this;

    public override string ToString() => NoticeId is null ? Code : NoticeId + Separator + Code;
}
