using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Web.Shared.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests;

/// <summary>
/// A bUnit context wired as the app is: MudBlazor services (with their Chinese texts), localization, loose JS interop (the map's JS is tested in
/// Chromium), and an interactive server renderer. Services a test class adds must come before the first render.
/// </summary>
public abstract class AppBunitContext : BunitContext
{
    protected AppBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddLocalization();
        // The search box asks the gazetteer only for typed text; these tests type none.
        Services.AddSingleton(new MapDashboard.Web.Features.Dashboard.Search.PlaceSearch(null!, Microsoft.Extensions.Logging.Abstractions.NullLogger<MapDashboard.Web.Features.Dashboard.Search.PlaceSearch>.Instance));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }
}
