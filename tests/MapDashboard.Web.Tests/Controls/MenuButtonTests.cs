using AngleSharp.Dom;
using Bunit;
using MapDashboard.Web.Shared.Controls;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Xunit;

namespace MapDashboard.Web.Tests.Controls;

/// <summary>The menu button as the WAI-ARIA pattern has it: what it says to assistive technology and what the keys do.</summary>
public class MenuButtonTests : AppBunitContext
{
    private readonly List<string> _done = [];

    private IRenderedComponent<MenuButton> RenderMenu(bool disabled = false) => Render<MenuButton>(p => p
        .Add(x => x.Id, "m")
        .Add(x => x.Label, "Export")
        .Add(x => x.Disabled, disabled)
        .Add(x => x.Items, new MenuEntry[]
        {
            new("CSV") { Href = "api/x.csv", Download = true, TestId = "csv" },
            new("PNG") { Clicked = EventCallback.Factory.Create(this, () => _done.Add("png")), TestId = "png", SeparatorBefore = true },
            new("Print") { Clicked = EventCallback.Factory.Create(this, () => _done.Add("print")), TestId = "print" },
        }));

    private static IElement Button(IRenderedComponent<MenuButton> menu) => menu.Find("button[aria-haspopup=menu]");

    /// <summary>The element ids the focus was moved to, in order (ElementReference ids as Blazor's focus call gets them).</summary>
    private List<string> Focused() => JSInterop.Invocations
        .Where(i => i.Identifier == "Blazor._internal.domWrapper.focus")
        .Select(i => ((ElementReference)i.Arguments[0]!).Id).ToList();

    private static string RefOf(IElement element) => element.GetAttribute("blazor:elementReference")!;

    [Fact]
    public void Closed_the_button_says_it_has_a_menu_and_no_menu_is_rendered()
    {
        var menu = RenderMenu();

        Assert.Equal("false", Button(menu).GetAttribute("aria-expanded"));
        Assert.Equal("m-menu", Button(menu).GetAttribute("aria-controls"));
        Assert.Equal("Export", Button(menu).GetAttribute("aria-label"));
        Assert.Empty(menu.FindAll("[role=menu]"));
    }

    [Fact]
    public void A_click_opens_the_menu_on_its_first_item()
    {
        var menu = RenderMenu();
        Button(menu).Click();

        Assert.Equal("true", Button(menu).GetAttribute("aria-expanded"));
        Assert.Equal("m-button", menu.Find("[role=menu]").GetAttribute("aria-labelledby"));
        Assert.Equal(["CSV", "PNG", "Print"], menu.FindAll("[role=menuitem]").Select(i => i.TextContent.Trim()));
        Assert.Single(menu.FindAll("[role=separator]"));
        Assert.Equal(RefOf(menu.Find("[data-testid=csv]")), Focused().Last());
    }

    [Fact]
    public async Task Arrows_move_between_items_round_the_ends_and_Escape_returns_to_the_button()
    {
        var menu = RenderMenu();
        await Button(menu).KeyDownAsync(new KeyboardEventArgs { Key = "ArrowUp" });
        // The references as first rendered (bUnit writes them into the markup of the render that captured them).
        var items = menu.FindAll("[role=menuitem]").Select(RefOf).ToList();
        Assert.Equal(items[2], Focused().Last());

        await menu.Find("[role=menu]").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal(items[0], Focused().Last());
        await menu.Find("[role=menu]").KeyDownAsync(new KeyboardEventArgs { Key = "End" });
        Assert.Equal(items[2], Focused().Last());
        await menu.Find("[role=menu]").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowUp" });
        Assert.Equal(items[1], Focused().Last());

        var focusCalls = Focused().Count;
        await menu.Find("[role=menu]").KeyDownAsync(new KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(menu.FindAll("[role=menu]"));
        // One more focus call, and not to an item: to the button (the only other element the menu holds a reference to).
        Assert.Equal(focusCalls + 1, Focused().Count);
        Assert.DoesNotContain(Focused().Last(), items);
    }

    [Fact]
    public void A_click_outside_the_menu_closes_it_without_choosing()
    {
        var menu = RenderMenu();
        Button(menu).Click();

        menu.Find(".menu-button-backdrop").Click();

        Assert.Empty(menu.FindAll("[role=menu]"));
        Assert.Empty(_done);
    }

    [Fact]
    public void Choosing_an_action_closes_the_menu_and_does_it()
    {
        var menu = RenderMenu();
        Button(menu).Click();

        menu.Find("[data-testid=print]").Click();

        Assert.Equal(["print"], _done);
        Assert.Empty(menu.FindAll("[role=menu]"));
    }

    [Fact]
    public void Disabled_it_does_not_open()
    {
        var menu = RenderMenu(disabled: true);

        Assert.True(Button(menu).HasAttribute("disabled"));
        Assert.Empty(menu.FindAll("[role=menu]"));
    }
}
