using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

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

    /// <summary>Lets a JS object clean up after itself (its dispose()), then releases it and the module it came from.</summary>
    public static async ValueTask DisposeJsObjectAsync(IJSObjectReference jsObject, IJSObjectReference module)
    {
        await IgnoreDisconnect(() => jsObject.InvokeVoidAsync("dispose"));
        await IgnoreDisconnect(() => jsObject.DisposeAsync());
        await IgnoreDisconnect(() => module.DisposeAsync());
    }
}
