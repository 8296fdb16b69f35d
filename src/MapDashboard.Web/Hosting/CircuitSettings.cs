using MapDashboard.Web.Hosting.Memory;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// How long the server keeps what an open dashboard holds once its browser is gone (docs/scaling.md, bench/circuits).
/// Chosen, not defaulted: a disconnected circuit costs what an open one does, while the URL holds the whole view, so a
/// viewer whose circuit was dropped loses nothing but a reload.
/// </summary>
public static class CircuitSettings
{
    /// <summary>Long enough for a Wi-Fi blip or a laptop lid closed for a moment to reconnect to the same circuit.</summary>
    public static readonly TimeSpan DisconnectedRetention = TimeSpan.FromMinutes(1);

    /// <summary>
    /// At most this many disconnected circuits are kept (the oldest go first): a briefing room whose network drops
    /// at once keeps its circuits, but a flapping network cannot pile up more than ~50 MB of them.
    /// </summary>
    public const int MaxDisconnectedRetained = 50;

    /// <summary>Overridable in "MapDashboard:Circuits" (DisconnectedCircuitRetentionPeriod, DisconnectedCircuitMaxRetained).</summary>
    public static IServiceCollection AddMapDashboardCircuits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CircuitOptions>()
            .Configure(o =>
            {
                o.DisconnectedCircuitRetentionPeriod = DisconnectedRetention;
                o.DisconnectedCircuitMaxRetained = MaxDisconnectedRetained;
            })
            .Bind(configuration.GetSection($"{MapDashboardOptions.Section}:Circuits"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OpenCircuits>();
        services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<OpenCircuits>());
        // "MapDashboard:Circuits:ReturnMemory" false keeps what viewers leave behind (to measure it: bench/circuits).
        if (configuration.GetValue($"{MapDashboardOptions.Section}:Circuits:ReturnMemory", true))
            services.AddHostedService<MemoryReturner>();
        return services;
    }

    /// <summary>
    /// The circuit's WebSocket without permessage-deflate unless "MapDashboard:Circuits:WebSocketCompression" is true:
    /// each compressed connection keeps zlib's windows in native memory (~400 KB of RSS per open dashboard, measured in
    /// bench/README.md), for messages that are small render diffs. The frame-ancestors rule that compression would add
    /// is in <see cref="ContentSecurityPolicy"/> anyway.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AddMapDashboardServerRenderMode(
        this RazorComponentsEndpointConventionBuilder builder, IConfiguration configuration)
    {
        var compress = configuration.GetValue($"{MapDashboardOptions.Section}:Circuits:WebSocketCompression", false);
        return builder.AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = !compress);
    }
}
