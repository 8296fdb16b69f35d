using System.Data.Common;

namespace MapDashboard.Web.Shared;

/// <summary>
/// Which exceptions mean "the database does not answer" (refused, timed out, dropped): every page service turns these
/// into a state the page explains, so a lost database never ends a circuit.
/// </summary>
internal static class DatabaseFailure
{
    public static bool Is(Exception e) =>
        e is DbException or InvalidOperationException { InnerException: DbException } or TimeoutException
        || e.GetBaseException() is DbException or System.Net.Sockets.SocketException;
}
