using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace MapDashboard.Web.Features.Ogc.Caching;

/// <summary>
/// Where ASP.NET Core's output cache keeps OGC API answers: a <see cref="MemoryCache"/> bounded by <see cref="Bound"/>
/// bytes, each entry counting its serialized length and key. An entry that would pass the bound is not kept (and the
/// least recently used entries are compacted away for the next), so the bytes held never exceed it. Every kept answer
/// belongs to one data version (the policy varies by it): <see cref="Clear"/> empties the store when the version changes.
/// </summary>
public sealed class OgcResponseStore : IOutputCacheStore, IDisposable
{
    private readonly MemoryCache _cache;

    public OgcResponseStore(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bound);
        Bound = bound;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, bound), TrackStatistics = true });
    }

    /// <summary>The most bytes the kept answers add up to; 0 switches caching off.</summary>
    public long Bound { get; }

    public bool Enabled => Bound > 0;

    /// <summary>The bytes held now (always ≤ <see cref="Bound"/>).</summary>
    public long Bytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>How many answers were served from memory (for tests and diagnostics).</summary>
    public long Hits => _cache.GetCurrentStatistics()?.TotalHits ?? 0;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cache.TryGetValue(key, out byte[]? value) ? value : null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        _cache.Set(key, value, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = validFor,
            Size = value.LongLength + key.Length * sizeof(char),
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Only one kind of answer lives here, so any tag means all of them.</summary>
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        Clear();
        return ValueTask.CompletedTask;
    }

    /// <summary>Forgets every answer (a new data version: none of them is current any more).</summary>
    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
