using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace MapDashboard.Data;

/// <summary>
/// Npgsql's retrying strategy (it knows which errors are transient: 57P01 admin shutdown, 57P03 cannot connect now, a
/// refused, reset or dropped connection) that also empties the pool when it meets one: after PostgreSQL restarts every
/// idle pooled connection is dead, and each would otherwise fail one query in turn.
/// Few, short retries (about 3 s in all): a page or API call waiting on a database that stays down should say so soon,
/// and the dashboard tries again by itself afterwards.
/// </summary>
public sealed class PoolClearingRetryStrategy(ExecutionStrategyDependencies dependencies, NpgsqlDataSource dataSource)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxPause, errorCodesToAdd: null)
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(2);

    protected override bool ShouldRetryOn(Exception? exception)
    {
        if (!base.ShouldRetryOn(exception)) return false;
        dataSource.Clear();
        return true;
    }
}
