using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MapDashboard.Web.Hosting.Memory;

/// <summary>How many dashboards (circuits) this instance holds now, and when that last changed.</summary>
/// <remarks>One per process (a singleton handler): each circuit is told to it when it opens and when it is let go.</remarks>
public sealed class OpenCircuits(TimeProvider clock) : CircuitHandler
{
    private int _count;
    private long _changedAt = clock.GetTimestamp();

    public int Count => Volatile.Read(ref _count);

    /// <summary>How long the count has stayed as it is.</summary>
    public TimeSpan Unchanged => clock.GetElapsedTime(Interlocked.Read(ref _changedAt));

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        Interlocked.Exchange(ref _changedAt, clock.GetTimestamp());
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _count);
        Interlocked.Exchange(ref _changedAt, clock.GetTimestamp());
        return Task.CompletedTask;
    }
}
