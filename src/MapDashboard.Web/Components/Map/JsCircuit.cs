using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Map;

/// <summary>Disconnects are handled here once: a closed circuit has no browser to clean up.</summary>
internal static class JsCircuit
{
    public static async ValueTask IgnoreDisconnect(Func<ValueTask> call)
    {
        try { await call(); }
        catch (JSDisconnectedException) { }
        catch (TaskCanceledException) { }
        catch (ObjectDisposedException) { }
    }
}
