namespace MapDashboard.Web.Resources;

/// <summary>
/// Marker for the admin area's texts: AdminResource.resx (English) and AdminResource.zh-CN.resx, apart from the
/// dashboard's SharedResource so the area can be read, changed or removed as one. Keys start with "Admin.".
/// </summary>
public sealed class AdminResource;
