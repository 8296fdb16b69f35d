using System.Collections.Concurrent;
using MapDashboard.Core.Notices.Figures;

namespace MapDashboard.Web.Features.Admin;

/// <summary>An uploaded text an editor is reviewing: nothing of it is in the database until it is published.</summary>
public sealed class NoticeDraft(Guid id, string owner, string fileName, string text, DateTimeOffset uploadedAt)
{
    public Guid Id { get; } = id;
    public string Owner { get; } = owner;
    public string FileName { get; } = fileName;
    public string Text { get; } = text;
    public DateTimeOffset UploadedAt { get; } = uploadedAt;

    /// <summary>The review decisions the preview applies; the editor changes them, the publish stores them.</summary>
    public ReviewDecisions Decisions { get; set; } = ReviewDecisions.None;
}

/// <summary>
/// Drafts held in memory until published or discarded, each visible only to the editor who uploaded it. Bounded: at most
/// <see cref="Capacity"/> drafts (each at most 2 MB of text); the oldest goes first.
/// </summary>
public sealed class NoticeDrafts(TimeProvider clock)
{
    public const int Capacity = 16;
    private readonly ConcurrentDictionary<Guid, NoticeDraft> _drafts = new();
    private readonly Lock _adding = new();

    public NoticeDraft Add(string owner, string fileName, string text)
    {
        var draft = new NoticeDraft(Guid.NewGuid(), owner, Path.GetFileName(fileName), text, clock.GetUtcNow());
        lock (_adding)
        {
            while (_drafts.Count >= Capacity && _drafts.Values.MinBy(d => d.UploadedAt) is { } oldest)
                _drafts.TryRemove(oldest.Id, out _);
            _drafts[draft.Id] = draft;
        }
        return draft;
    }

    /// <summary>The draft, when it exists and belongs to <paramref name="owner"/>; null otherwise.</summary>
    public NoticeDraft? Find(Guid id, string owner) =>
        _drafts.TryGetValue(id, out var d) && d.Owner == owner ? d : null;

    public IReadOnlyList<NoticeDraft> Of(string owner) =>
        _drafts.Values.Where(d => d.Owner == owner).OrderByDescending(d => d.UploadedAt).ToList();

    public void Remove(Guid id) => _drafts.TryRemove(id, out _);
}
