namespace MapDashboard.Web.Map;

/// <summary>
/// Asks <see cref="LeafletMap"/> to be drawn by the browser as soon as the prerendered page has loaded, before the
/// circuit connects (wwwroot/js/map/earlyMap.js), and to adopt that drawing once interactive.
/// </summary>
/// <param name="Key">Names the map on its page, so the drawing finds the element that replaces the prerendered one.</param>
/// <param name="VisibleCodes">The localities to show; null shows all.</param>
/// <param name="FitVisible">Zoom to the shown localities (a filtered link without a saved view).</param>
public sealed record EarlyDraw(string Key, IReadOnlyCollection<string>? VisibleCodes, bool FitVisible);
