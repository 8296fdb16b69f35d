namespace MapDashboard.Web.Shell;

/// <summary>
/// The page reads its query string when it opens and writes it itself afterwards (the view in the address, kept in step
/// with replaceState): a change of the address in the query alone is not news to it, and <see cref="PageRouteView"/> does
/// not render it again for one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OwnsQueryStringAttribute : Attribute;
