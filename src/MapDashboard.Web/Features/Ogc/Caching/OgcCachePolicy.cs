using MapDashboard.Data.ReadModel;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Features.Ogc.Caching;

/// <summary>
/// Which OGC API answers the output cache keeps, and under what key. An answer is a function of the URL (scheme, host,
/// path and the query exactly as sent: the links echo it), the representation (<c>f</c> or the Accept header) and the
/// data version, so those are the key; a repeated request is written from memory without touching PostgreSQL, and a
/// conditional one whose ETag matches gets 304 from the same entry. Only 200s without cookies are kept. When the
/// read model sees a new data version, the store is emptied (the version in the key already makes old answers
/// unreachable; emptying gives their memory back at once).
/// </summary>
internal sealed class OgcCachePolicy(NoticeReadModel data, OgcResponseStore store) : IOutputCachePolicy
{
    public const string Name = "ogc";

    /// <summary>How long an answer may stay unused within one version; a new version empties the store anyway.</summary>
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    private long _versionSeen;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!store.Enabled)
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }
        var version = data.Version;
        // 0: the version has not been read yet; the answer cannot be labelled, so it is neither looked up nor kept.
        var cacheable = version > 0 && (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // concurrent misses of one key wait for a single build
        if (!cacheable) return ValueTask.CompletedTask;

        if (Interlocked.Exchange(ref _versionSeen, version) is var seen && seen != 0 && seen != version) store.Clear();
        context.ResponseExpirationTimeSpan = Keep;
        var rules = context.CacheVaryByRules;
        rules.CacheKeyPrefix = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        rules.VaryByValues["query"] = context.HttpContext.Request.QueryString.Value ?? "";
        rules.HeaderNames = HeaderNames.Accept;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
