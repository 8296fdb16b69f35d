using Npgsql;

namespace MapDashboard.Data.Import;

/// <summary>
/// The PostgreSQL advisory lock every import takes inside its transaction (<c>pg_advisory_xact_lock</c>), so two importers
/// (two CLI runs, a CLI run and a start-up import) never interleave: the second waits until the first commits or rolls
/// back, then compares against what the first left. The lock is released with the transaction.
/// </summary>
public static class ImportLock
{
    /// <summary>The lock's key: the ASCII bytes of "mapdash" followed by 0x01, read as one big-endian bigint.</summary>
    public const long Key = 0x6D61_7064_6173_6801; // 7881704399309072385

    /// <summary>Takes the lock in the current transaction; calls <paramref name="waiting"/> once if another import holds it.</summary>
    public static async Task AcquireAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Action? waiting, CancellationToken ct)
    {
        await using (var tryLock = Command(conn, tx, "SELECT pg_try_advisory_xact_lock(@key)"))
            if ((bool)(await tryLock.ExecuteScalarAsync(ct))!) return;
        waiting?.Invoke();
        await using var wait = Command(conn, tx, "SELECT pg_advisory_xact_lock(@key)");
        wait.CommandTimeout = 0; // however long the other import takes; the caller's token still cancels the wait
        await wait.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection conn, NpgsqlTransaction tx, string sql) =>
        new(sql, conn, tx) { Parameters = { new("key", Key) } };
}
