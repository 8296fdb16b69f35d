using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace MapDashboard.Web.Shell;

/// <summary>
/// Blazor's <see cref="RouteView"/>, left alone when the address changed only in the query string of a page that owns it
/// (<see cref="OwnsQueryStringAttribute"/>). The dashboard writes every filter, selection and map move into the address;
/// the Router answers each such change with a render of the layout and the page that changes nothing on screen, yet
/// was two of the four render batches a filter click sent to the browser (bench/README.md, interaction).
/// </summary>
public sealed class PageRouteView : ComponentBase
{
    [Parameter, EditorRequired] public RouteData RouteData { get; set; } = default!;

    [Parameter] public Type? DefaultLayout { get; set; }

    private RouteData? _shown;

    protected override bool ShouldRender() => _shown is null || !SamePageOwningItsQuery(_shown, RouteData);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _shown = RouteData;
        builder.OpenComponent<RouteView>(0);
        builder.AddComponentParameter(1, nameof(RouteView.RouteData), RouteData);
        builder.AddComponentParameter(2, nameof(RouteView.DefaultLayout), DefaultLayout);
        builder.CloseComponent();
    }

    /// <summary>The same page with the same route values (the path's parts), and the page keeps its query itself.</summary>
    internal static bool SamePageOwningItsQuery(RouteData before, RouteData now) =>
        before.PageType == now.PageType
        && Attribute.IsDefined(now.PageType, typeof(OwnsQueryStringAttribute), inherit: false)
        && before.RouteValues.Count == now.RouteValues.Count
        && before.RouteValues.All(v => now.RouteValues.TryGetValue(v.Key, out var other) && Equals(v.Value, other));
}
