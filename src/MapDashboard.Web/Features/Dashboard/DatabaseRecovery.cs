namespace MapDashboard.Web.Features.Dashboard;

/// <summary>
/// Tries again, with growing pauses, what failed because the database did not answer, until an attempt succeeds: the
/// page comes back by itself when the database does, without a reload. One per page; disposing it stops the loop.
/// Each attempt asks the database through a fresh context (the page's data services), never one kept for the circuit.
/// </summary>
public sealed class DatabaseRecovery(TimeProvider time) : IDisposable
{
    /// <summary>Pauses before each attempt; the last one repeats. A restart takes seconds, an outage may take long.</summary>
    public static readonly IReadOnlyList<TimeSpan> Pauses =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10)];

    private readonly CancellationTokenSource _life = new();
    private readonly Lock _gate = new();
    private bool _running;
    private bool _failedMeanwhile;

    /// <summary>True while attempts are scheduled.</summary>
    public bool Running
    {
        get { lock (_gate) return _running; }
    }

    /// <summary>
    /// Starts the attempts unless they already run. <paramref name="attempt"/> returns true once everything that failed
    /// has loaded; it runs on the caller's dispatcher (pass one through the component's InvokeAsync).
    /// </summary>
    public void Start(Func<Task<bool>> attempt)
    {
        lock (_gate)
        {
            // Something failed while an attempt was under way: it may have missed it, so one more attempt follows.
            if (_running) { _failedMeanwhile = true; return; }
            _running = true;
        }
        _ = RunAsync(attempt, _life.Token);
    }

    private async Task RunAsync(Func<Task<bool>> attempt, CancellationToken ct)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(Pauses[Math.Min(i, Pauses.Count - 1)], time, ct);
                if (!await attempt()) continue;
                lock (_gate)
                {
                    if (!_failedMeanwhile) { _running = false; return; }
                    _failedMeanwhile = false;
                }
                i = -1;
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    public void Dispose()
    {
        _life.Cancel();
        _life.Dispose();
    }
}
