using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MapDashboard.Web.Shared.Controls;

/// <summary>Which edge of the button the menu lines up with.</summary>
public enum MenuAlign { Start, End }

/// <summary>A button that opens a menu of links and actions (the WAI-ARIA menu button pattern).</summary>
public sealed partial class MenuButton
{
    [Inject] private NavigationManager Nav { get; set; } = default!;

    /// <summary>Prefix of the element ids (unique in the page): the button and the menu refer to each other.</summary>
    [Parameter, EditorRequired] public string Id { get; set; } = "";

    /// <summary>The button's name: its text when <see cref="ShowLabel"/>, else its aria-label. Also names the menu.</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>The items, in order.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<MenuEntry> Items { get; set; } = [];

    /// <summary>Shows <see cref="Label"/> on the button with a drop-down arrow; otherwise the button is its icon alone.</summary>
    [Parameter] public bool ShowLabel { get; set; }

    /// <summary>The button's icon: SVG elements for a 24 × 24 view box, from code (MudBlazor's Icons.Material constants).</summary>
    [Parameter] public string? Icon { get; set; }

    /// <summary>The button's tooltip (e.g. the whole of a label the button cuts short).</summary>
    [Parameter] public string? Title { get; set; }

    /// <summary>Which edge of the button the menu lines up with.</summary>
    [Parameter] public MenuAlign Align { get; set; } = MenuAlign.Start;

    /// <summary>The button cannot be pressed (and an open menu closes).</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Classes added to the outer element.</summary>
    [Parameter] public string? Class { get; set; }

    /// <summary>data-testid of the outer element (tests find the button and the items inside it).</summary>
    [Parameter] public string? TestId { get; set; }

    private ElementReference _button;
    private ElementReference[] _items = [];
    private bool _open;
    private int _focused = -1;
    private int _focusAfterRender = -1;

    private string ButtonId => $"{Id}-button";
    private string MenuId => $"{Id}-menu";
    private string RootClass => "menu-button" + (Align == MenuAlign.End ? " align-end" : "") + (_open ? " open" : "")
        + (string.IsNullOrEmpty(Class) ? "" : " " + Class);
    private string ButtonClass => ShowLabel ? "menu-button-trigger with-label" : "menu-button-trigger icon-only";

    protected override void OnParametersSet()
    {
        if (Disabled) _open = false;
        if (_items.Length != Items.Count) _items = new ElementReference[Items.Count];
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusAfterRender < 0) return;
        var index = _focusAfterRender;
        _focusAfterRender = -1;
        if (_open && index < _items.Length) await _items[index].FocusAsync();
    }

    // Opened by a click, Enter or Space: the focus goes to the first item (the menu button pattern), so the arrows work at once.
    private Task ToggleAsync() => _open ? CloseAsync() : OpenAsync(0);

    private Task OpenAsync(int focus)
    {
        if (Disabled || Items.Count == 0) return Task.CompletedTask;
        _open = true;
        _focused = focus;
        _focusAfterRender = focus;
        return Task.CompletedTask;
    }

    private async Task CloseAsync()
    {
        _open = false;
        _focused = -1;
        await _button.FocusAsync();
    }

    private Task OnButtonKeyDownAsync(KeyboardEventArgs e) => e.Key switch
    {
        "ArrowDown" => OpenAsync(0),
        "ArrowUp" => OpenAsync(Items.Count - 1),
        _ => Task.CompletedTask,
    };

    private async Task OnMenuKeyDownAsync(KeyboardEventArgs e)
    {
        var count = Items.Count;
        switch (e.Key)
        {
            case "ArrowDown": await FocusItemAsync((_focused + 1) % count); break;
            case "ArrowUp": await FocusItemAsync((_focused - 1 + count) % count); break;
            case "Home": await FocusItemAsync(0); break;
            case "End": await FocusItemAsync(count - 1); break;
            case "Escape": await CloseAsync(); break;
            // The browser moves the focus on from the item (items are out of the tab order): only the menu closes.
            case "Tab": _open = false; _focused = -1; break;
        }
    }

    private async Task FocusItemAsync(int index)
    {
        _focused = index;
        await _items[index].FocusAsync();
    }

    // The browser follows the link itself (a download, or a page the router opens); a fresh load is asked of the server.
    private async Task FollowAsync(MenuEntry item)
    {
        if (item.ForceLoad && item.Href is not null)
        {
            Nav.NavigateTo(item.Href, forceLoad: true);
            return;
        }
        await CloseAsync();
    }

    private async Task ActAsync(MenuEntry item)
    {
        await CloseAsync();
        await item.Clicked.InvokeAsync();
    }
}
