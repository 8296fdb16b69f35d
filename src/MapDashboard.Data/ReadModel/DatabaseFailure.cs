using System.Data.Common;

namespace MapDashboard.Data.ReadModel;

/// <summary>
/// Which exceptions mean "the database does not answer" (refused, timed out, dropped): pages turn these into a state
/// they explain (so a lost database never ends a circuit), APIs into 503 problem+json.
/// </summary>
public static class DatabaseFailure
{
    public static bool Is(Exception e) =>
        e is DbException or InvalidOperationException { InnerException: DbException } or TimeoutException
        || e.GetBaseException() is DbException or System.Net.Sockets.SocketException;
}
