using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MapDashboard.Web.Features.Ogc.Caching;

/// <summary>
/// The OGC API's answers kept in memory per data version (ASP.NET Core output caching with <see cref="OgcCachePolicy"/>
/// and the bytes-bounded <see cref="OgcResponseStore"/>). Setting <c>MapDashboard:Ogc:ResponseCacheBytes</c> (default
/// 64 MB; 0 = off, for measuring without it) bounds it; one answer may take at most an eighth of it (a larger page streams through uncached).
/// </summary>
public static class OgcResponseCaching
{
    public const string BytesSetting = "MapDashboard:Ogc:ResponseCacheBytes";
    public const long DefaultBytes = 64L * 1024 * 1024;

    public static IServiceCollection AddOgcResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        var bound = configuration.GetValue(BytesSetting, DefaultBytes);
        if (bound is not 0 and < 64 * 1024)
            throw new InvalidOperationException($"{BytesSetting} must be 0 (off) or at least 65536 bytes; it is {bound}.");
        services.AddSingleton(_ => new OgcResponseStore(bound));
        services.AddSingleton<OgcCachePolicy>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = Math.Max(1, bound);
            o.MaximumBodySize = Math.Max(1, bound / 8);
        });
        // The output cache's own store would be shared by anything cached; this one holds OGC answers only.
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<OgcResponseStore>());
        return services;
    }

    /// <summary>Answers of these endpoints are kept (see <see cref="OgcCachePolicy"/>).</summary>
    public static TBuilder CachedPerDataVersion<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(b => b.AddPolicy<OgcCachePolicy>(), excludeDefaultPolicy: true);
}
