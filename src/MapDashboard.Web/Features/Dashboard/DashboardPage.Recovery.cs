using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>How the dashboard comes back by itself once the database answers again.</summary>
public partial class DashboardPage
{
    /// <summary>
    /// While the database does not answer, try again with growing pauses; only an interactive page does (a prerender
    /// ends with its request).
    /// </summary>
    private void StartRecovery()
    {
        if (!RendererInfo.IsInteractive) return;
        _recovery ??= new DatabaseRecovery(ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System);
        _recovery.Start(async () =>
        {
            var recovered = false;
            await InvokeAsync(async () =>
            {
                recovered = await RecoverAsync();
                StateHasChanged();
            });
            return recovered;
        });
    }

    /// <summary>Loads again what failed: the view (then the map follows it), then the selected place's details.</summary>
    private async Task<bool> RecoverAsync()
    {
        if (_state is DashboardLoad.DatabaseUnavailable)
        {
            Apply(await Data.LoadAsync(_filter, _life.Token));
            if (_state is DashboardLoad.DatabaseUnavailable) return false;
            await ApplyToMapAsync(fit: false);
        }
        return _detail != DetailLoad.Failed || await LoadDetailAsync();
    }

    private async Task RecoverNowAsync()
    {
        _loading = true;
        await RecoverAsync();
        _loading = false;
    }
}
