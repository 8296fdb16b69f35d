using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Hosting;

namespace MapDashboard.Web.Shared;

/// <summary>What a page read: the value (null: no such notice, or nothing published), or a database that does not answer.</summary>
public abstract record PageRead<T>
{
    public sealed record Loaded(T? Value) : PageRead<T>;
    public sealed record Unavailable(string Reason) : PageRead<T>;
}

/// <summary>
/// Web's one door to the read side (<see cref="NoticeReadModel"/>, in Data) and its one error policy for reads: an API
/// lets a database failure through to DatabaseUnavailableHandler (503 problem+json); a page gets
/// <see cref="PageRead{T}.Unavailable"/> with an id to quote, shows it and recovers (DatabaseRecovery). No Web service
/// or component holds a DbContext.
/// </summary>
public class NoticeReads(NoticeReadModel model, ILogger<NoticeReads> log)
{
    /// <summary>The current snapshot; throws what DatabaseFailure recognises when the database does not answer (APIs).</summary>
    public virtual Task<ReadSnapshot> SnapshotAsync(CancellationToken ct) => model.SnapshotAsync(ct);

    /// <summary>What <paramref name="derive"/> makes of the snapshot, kept per data version and <paramref name="key"/> (APIs).</summary>
    public Task<T> DerivedAsync<T>(object key, Func<ReadSnapshot, T> derive, CancellationToken ct) => model.DerivedAsync(key, derive, ct);

    /// <summary>
    /// <paramref name="read"/> on the snapshot, for a page. Answered at once (no await) when the snapshot of the current
    /// version is in memory, so the circuit's first render follows the prerender without an empty frame.
    /// </summary>
    public virtual Task<PageRead<T>> ForPageAsync<T>(Func<ReadSnapshot, T?> read, CancellationToken ct)
    {
        if (model.SnapshotIfBuilt() is { } built) return Task.FromResult<PageRead<T>>(new PageRead<T>.Loaded(read(built)));
        return ReadAsync(read, ct);
    }

    private async Task<PageRead<T>> ReadAsync<T>(Func<ReadSnapshot, T?> read, CancellationToken ct)
    {
        try
        {
            return new PageRead<T>.Loaded(read(await model.SnapshotAsync(ct)));
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            // The server's text ("57P01: terminating connection…") is for the log; the page gets the id to quote.
            var id = CorrelationId.NewId();
            log.LogWarning(e, "Read failed: database unavailable ({CorrelationId})", id);
            return new PageRead<T>.Unavailable("ID " + id);
        }
    }
}
