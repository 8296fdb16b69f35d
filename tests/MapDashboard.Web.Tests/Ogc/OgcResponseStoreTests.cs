using MapDashboard.Web.Features.Ogc.Caching;
using Xunit;

namespace MapDashboard.Web.Tests.Ogc;

/// <summary>The store behind the OGC API's response cache: bounded in bytes whatever is asked of it, emptied on demand.</summary>
public class OgcResponseStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Answers_past_the_bound_are_not_kept_and_the_bytes_held_never_exceed_it()
    {
        using var store = new OgcResponseStore(100_000);

        for (var i = 0; i < 50; i++)
        {
            await store.SetAsync($"page-{i}", new byte[10_000], null, Minute, Ct);
            Assert.InRange(store.Bytes, 0, store.Bound);
        }

        // Which ones stay is the memory cache's choice (least recently used go first); that some do, and never too many, is ours.
        Assert.InRange(store.Bytes, 1, store.Bound);
    }

    [Fact]
    public async Task An_answer_larger_than_the_bound_is_not_kept()
    {
        using var store = new OgcResponseStore(65_536);

        await store.SetAsync("huge", new byte[70_000], null, Minute, Ct);

        Assert.Null(await store.GetAsync("huge", Ct));
        Assert.Equal(0, store.Bytes);
    }

    [Fact]
    public async Task A_kept_answer_is_returned_until_the_store_is_cleared()
    {
        using var store = new OgcResponseStore(65_536);
        byte[] answer = [1, 2, 3];
        await store.SetAsync("page", answer, null, Minute, Ct);

        Assert.Equal(answer, await store.GetAsync("page", Ct));
        store.Clear();
        Assert.Null(await store.GetAsync("page", Ct));
        Assert.Equal(0, store.Bytes);
    }
}
