using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace MapDashboard.Web.Shell;

/// <summary>
/// Catches what a page's components throw in the circuit (rendering, lifecycle, event handlers): logs it with a fresh
/// correlation id and shows <see cref="ErrorMessage"/> with that id instead of the page, never the exception's text.
/// The next navigation shows pages again.
/// </summary>
public sealed class CircuitErrorBoundary : ErrorBoundaryBase, IDisposable
{
    [Inject] private ILogger<CircuitErrorBoundary> Log { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string? _id;

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    protected override Task OnErrorAsync(Exception exception)
    {
        _id = CorrelationId.NewId();
        Log.LogError(exception, "Unhandled exception {CorrelationId} in a component", _id);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }
        builder.OpenComponent<ErrorMessage>(1);
        builder.AddComponentParameter(2, nameof(ErrorMessage.CorrelationId), _id);
        builder.CloseComponent();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (CurrentException is not null) _ = InvokeAsync(Recover);
    }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
