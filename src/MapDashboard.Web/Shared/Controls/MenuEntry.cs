using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Shared.Controls;

/// <summary>One item of a <see cref="MenuButton"/>: a link (<see cref="Href"/>) or an action (<see cref="Clicked"/>).</summary>
/// <param name="Text">What the item says (its accessible name); shown as text, never as markup.</param>
public sealed record MenuEntry(string Text)
{
    /// <summary>The icon before the text: SVG elements for a 24 × 24 view box, from code (MudBlazor's Icons.Material
    /// constants), never from data: it is written into the page as markup.</summary>
    public string? Icon { get; init; }

    /// <summary>Where the item links to; null for an action.</summary>
    public string? Href { get; init; }

    /// <summary>The link is a file to save (the download attribute: the browser saves it and the router leaves it alone).</summary>
    public bool Download { get; init; }

    /// <summary>The link loads the page afresh instead of navigating inside the circuit.</summary>
    public bool ForceLoad { get; init; }

    /// <summary>What the item does when chosen (after the menu has closed).</summary>
    public EventCallback Clicked { get; init; }

    /// <summary>The item's data-testid.</summary>
    public string? TestId { get; init; }

    /// <summary>The item is what is shown now: a check mark and aria-current.</summary>
    public bool Current { get; init; }

    /// <summary>A separator line above the item.</summary>
    public bool SeparatorBefore { get; init; }
}
