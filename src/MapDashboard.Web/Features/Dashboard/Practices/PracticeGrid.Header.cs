using MapDashboard.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace MapDashboard.Web.Features.Dashboard.Practices;

/// <summary>
/// The column headers, written frame by frame in C# like the rows (PracticeGrid.Rows.cs says why): as markup in the
/// .razor file each header was 20 frames (the scope attribute on four elements, whitespace, a span around the name, an
/// empty one beside it), and the list's own render tree 162 frames, a 256-frame buffer; here a header is 10 to 13 and
/// the tree under 128. The rules reach the headers with ::deep (PracticeGrid.razor.css).
/// </summary>
/// <remarks>
/// A header is a plain button with the column's name; a click sorts by it, then the other way, then back to the list's
/// own order. The cell's aria-sort says the sort in force; so does the button's name ("Locality, sorted descending").
/// The buttons have no type: there is no form.
/// </remarks>
public partial class PracticeGrid
{
    private const string SortIcon =
        "<svg class=\"grid-sort-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z\" /></svg>";

    // Each column, in order, with the key of its name in the interface's language.
    private static readonly (string Column, string TitleKey)[] Columns =
    [
        (GridView.SortMeasure, "Grid.Measure"), (GridView.SortLocality, "Grid.Locality"), (GridView.SortProvince, "Grid.Province"),
        (GridView.SortLevel, "Grid.Level"), (GridView.SortFigure, "Grid.KeyFigure"),
    ];

    private RenderFragment? _headers;

    private RenderFragment Headers => _headers ??= WriteHeaders;

    private void WriteHeaders(RenderTreeBuilder b)
    {
        foreach (var (column, titleKey) in Columns)
        {
            b.OpenElement(0, "th");
            b.AddAttribute(1, "scope", "col");
            b.AddAttribute(2, "aria-sort", AriaSort(column));
            b.OpenElement(3, "button");
            b.AddAttribute(4, "class", "grid-sort");
            b.AddAttribute(5, "data-sort", SortState(column));
            b.AddAttribute(6, "data-testid", SharedText.Of("sort-" + column));
            b.AddAttribute(7, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => SortByAsync(column)));
            b.AddContent(8, SharedText.Of(L[titleKey].Value));
            b.AddMarkupContent(9, SortIcon);
            if (View.SortColumn == column)
            {
                b.OpenElement(10, "span");
                b.AddAttribute(11, "class", "sr-only");
                b.AddContent(12, SortStateText());
                b.CloseElement();
            }
            b.CloseElement();
            b.CloseElement();
        }
    }
}
