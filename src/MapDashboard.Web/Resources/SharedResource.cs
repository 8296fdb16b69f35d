namespace MapDashboard.Web.Resources;

/// <summary>
/// Marker for the interface texts: SharedResource.resx (English, the default) and SharedResource.zh-CN.resx.
/// Inject IStringLocalizer&lt;SharedResource&gt;; keys name where a text appears (Filters.Measures, Level.county).
/// </summary>
public sealed class SharedResource;
