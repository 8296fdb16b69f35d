using MapDashboard.Web.Features.Presenter;
using Xunit;

namespace MapDashboard.Web.Tests.Presenter;

public class PresenterKeysTests
{
    [Theory]
    [InlineData("PageDown", PresenterAction.Next)]
    [InlineData("ArrowRight", PresenterAction.Next)]
    [InlineData(" ", PresenterAction.Next)]
    [InlineData("PageUp", PresenterAction.Previous)]
    [InlineData("ArrowLeft", PresenterAction.Previous)]
    [InlineData("Home", PresenterAction.First)]
    [InlineData("End", PresenterAction.Last)]
    [InlineData("Escape", PresenterAction.Exit)]
    [InlineData("a", PresenterAction.None)]
    public void Clicker_and_keyboard_keys_map_to_step_actions(string key, PresenterAction expected) =>
        Assert.Equal(expected, PresenterKeys.ActionFor(key));

    [Fact]
    public void Every_key_with_an_action_is_caught_by_the_page() =>
        Assert.All(PresenterKeys.Handled, k => Assert.NotEqual(PresenterAction.None, PresenterKeys.ActionFor(k)));

    [Theory]
    [InlineData(PresenterAction.Next, 5, 6)]
    [InlineData(PresenterAction.Next, 17, 17)]
    [InlineData(PresenterAction.Previous, 1, 1)]
    [InlineData(PresenterAction.Previous, 5, 4)]
    [InlineData(PresenterAction.First, 9, 1)]
    [InlineData(PresenterAction.Last, 2, 17)]
    public void Moving_stays_within_the_briefing(PresenterAction action, int from, int to) =>
        Assert.Equal(to, PresenterKeys.Target(action, from, 17));

    [Fact]
    public void Escape_leaves_rather_than_moving() => Assert.Null(PresenterKeys.Target(PresenterAction.Exit, 3, 17));
}
