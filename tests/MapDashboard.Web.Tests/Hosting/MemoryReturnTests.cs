using MapDashboard.Web.Hosting.Memory;
using Xunit;

namespace MapDashboard.Web.Tests.Hosting;

public class MemoryReturnTests
{
    [Theory]
    [InlineData(100, 0, 30, true)]    // a briefing over, everyone gone for half a minute
    [InlineData(40, 20, 45, true)]    // half of them gone
    [InlineData(100, 0, 10, false)]   // still leaving: wait for the count to settle
    [InlineData(100, 60, 120, false)] // most are still watching
    [InlineData(12, 3, 120, false)]   // a few viewers coming and going
    public void Memory_is_given_back_once_most_viewers_have_left_and_stayed_away(int peak, int open, int quietSeconds, bool expected) =>
        Assert.Equal(expected, MemoryReturnPolicy.ShouldReturn(peak, open, TimeSpan.FromSeconds(quietSeconds)));

    [Fact]
    public async Task Open_dashboards_are_counted_as_they_open_and_close_and_the_count_knows_how_long_it_has_held()
    {
        var clock = new ManualClock();
        var circuits = new OpenCircuits(clock);
        await circuits.OnCircuitOpenedAsync(null!, TestContext.Current.CancellationToken);
        await circuits.OnCircuitOpenedAsync(null!, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(2, circuits.Count);
        Assert.Equal(TimeSpan.FromSeconds(40), circuits.Unchanged);

        await circuits.OnCircuitClosedAsync(null!, TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, circuits.Count);
        Assert.Equal(TimeSpan.FromSeconds(5), circuits.Unchanged);
    }

    /// <summary>A clock the test moves, in milliseconds.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _now;
        public override long TimestampFrequency => 1000;
        public override long GetTimestamp() => _now;
        public void Advance(TimeSpan by) => _now += (long)by.TotalMilliseconds;
    }
}
