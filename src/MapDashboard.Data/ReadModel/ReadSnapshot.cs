namespace MapDashboard.Data.ReadModel;

/// <summary>
/// Everything readers see at one data version, immutable and shared by every circuit and request: the published
/// notices (newest first), each with its <see cref="NoticeData"/>, and the localities they credit. Drafts are kept
/// apart: only <see cref="FindIncludingDrafts"/> reaches them (the admin preview), never a reader's route.
/// </summary>
public sealed class ReadSnapshot
{
    /// <summary>What a route may use for the newest published notice.</summary>
    public const string CurrentAlias = "current";

    private readonly IReadOnlyDictionary<string, NoticeData> _all;
    private readonly IReadOnlyDictionary<string, NoticeData> _published;

    public ReadSnapshot(long version, IEnumerable<NoticeData> notices, IReadOnlyDictionary<string, LocalityInfo> localities)
    {
        Version = version;
        Localities = localities;
        _all = notices.ToDictionary(n => n.Id);
        Published = _all.Values.Where(n => n.Summary.IsPublished)
            .OrderByDescending(n => n.Summary.PublishedAt ?? n.Summary.ImportedAt).ThenByDescending(n => n.Summary.ImportedAt)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        _published = Published.ToDictionary(n => n.Id);
    }

    public long Version { get; }

    /// <summary>Published notices, newest first.</summary>
    public IReadOnlyList<NoticeData> Published { get; }

    public IReadOnlyList<NoticeSummary> Notices => Published.Select(n => n.Summary).ToList();

    /// <summary>The newest published notice; null when none is published.</summary>
    public NoticeData? Current => Published.Count > 0 ? Published[0] : null;

    /// <summary>Every unit some notice (published or not) credits, by code.</summary>
    public IReadOnlyDictionary<string, LocalityInfo> Localities { get; }

    /// <summary>A published notice by id, or the newest for <see cref="CurrentAlias"/> and for null; null when unknown.</summary>
    public NoticeData? Find(string? id) =>
        id is null or CurrentAlias ? Current : _published.GetValueOrDefault(id);

    /// <summary>Any notice, draft or published, by id: for the editor's preview only.</summary>
    public NoticeData? FindIncludingDrafts(string id) => _all.GetValueOrDefault(id);

    /// <summary>Every published notice that credits the locality, newest first, with the practices it names it in.</summary>
    public IReadOnlyList<NoticeMention> MentionsOf(string code) =>
        Published.Where(n => n.Credits(code)).Select(n => new NoticeMention(n.Summary, n.ForLocality(code))).ToList();

    /// <summary>
    /// Practices of one locality: in one notice when <paramref name="noticeId"/> names a published one, else across every
    /// published notice (newest notice first). Compare columns may so come from different notices.
    /// </summary>
    public IReadOnlyList<PracticeRow> ForLocality(string code, string? noticeId = null) =>
        noticeId is null
            ? Published.SelectMany(n => n.ForLocality(code)).ToList()
            : Find(noticeId)?.ForLocality(code) ?? [];

    /// <summary>Search options over every published notice (a place named by two appears once).</summary>
    public IReadOnlyList<LocalityOption> AllPlaces =>
        Published.SelectMany(n => n.Places).DistinctBy(p => p.Code).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Localities per province for the choropleth: of one notice, or (<paramref name="noticeId"/> null) over every
    /// published notice, a locality named by two counting once. The filter applies to each notice.
    /// </summary>
    public IReadOnlyDictionary<string, int> ProvinceCounts(string? noticeId, DashboardFilter filter)
    {
        var notices = noticeId is null ? Published : Find(noticeId) is { } one ? [one] : [];
        return notices.SelectMany(n => n.List(filter)).Select(r => (r.ProvinceCode, r.Code)).Distinct()
            .GroupBy(x => x.ProvinceCode).ToDictionary(g => g.Key, g => g.Count());
    }
}
