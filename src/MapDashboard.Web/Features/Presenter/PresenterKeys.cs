namespace MapDashboard.Web.Features.Presenter;

/// <summary>What a key press asks the briefing to do.</summary>
public enum PresenterAction { None, Next, Previous, First, Last, Exit }

/// <summary>
/// Keys the presenter answers (KeyboardEvent.key values). Presentation clickers send PageDown/PageUp (some send arrows,
/// some "." or "b" for a blank screen, which we leave alone).
/// </summary>
public static class PresenterKeys
{
    public static IReadOnlyList<string> Handled { get; } =
        ["ArrowRight", "ArrowDown", "PageDown", " ", "ArrowLeft", "ArrowUp", "PageUp", "Home", "End", "Escape"];

    public static PresenterAction ActionFor(string key) => key switch
    {
        "ArrowRight" or "ArrowDown" or "PageDown" or " " => PresenterAction.Next,
        "ArrowLeft" or "ArrowUp" or "PageUp" => PresenterAction.Previous,
        "Home" => PresenterAction.First,
        "End" => PresenterAction.Last,
        "Escape" => PresenterAction.Exit,
        _ => PresenterAction.None,
    };

    /// <summary>The step a press leads to, kept within 1..count; null for Exit and for keys we ignore.</summary>
    public static int? Target(PresenterAction action, int current, int count) => action switch
    {
        PresenterAction.Next => Math.Min(current + 1, count),
        PresenterAction.Previous => Math.Max(current - 1, 1),
        PresenterAction.First => 1,
        PresenterAction.Last => count,
        _ => null,
    };
}
