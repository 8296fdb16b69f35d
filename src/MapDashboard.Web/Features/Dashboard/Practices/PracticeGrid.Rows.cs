using MapDashboard.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace MapDashboard.Web.Features.Dashboard.Practices;

/// <summary>
/// The list's rows, written frame by frame in C# rather than as markup in PracticeGrid.razor.
/// </summary>
/// <remarks>
/// Every frame of a drawn row is kept twice (this render and the last) for as long as the dashboard is open, and the
/// list's frame buffer doubles in size at each power of two (bench/README.md, circuits). Written here the rows carry
/// none of the scoped-CSS attributes markup in the .razor file gets (one frame per element; the rules reach them with
/// ::deep, PracticeGrid.razor.css) and no whitespace between cells. The cells carry the lang themselves, no span holds
/// what the cell can, the buttons have no type (there is no form) and no test id (tests find them by their class), the English names
/// are found by their lang, a practice without figures has an empty cell without a tooltip.
/// A click anywhere on the row selects the place; its locality is a button, so the keyboard can too (the click bubbles
/// up to the row). aria-current marks the selected place's rows, as drawn, and a class on the row colours it: a rule with
/// :has() on the row made every button put into the list walk its ancestors up to the page's root for style
/// invalidation (bench/README.md, "Render batches out of the page"). The measure's English is the cell's tooltip,
/// in full where the cell cuts it short; in the Chinese interface the cell shows our Chinese title (TitleText).
/// </remarks>
public partial class PracticeGrid
{
    // Virtualize's item template itself, not markup holding a fragment: each row is then a sibling of the others in
    // the table body (markup would wrap each in a region of its own, matched by position), so its key below applies.
    private RenderFragment RowOf(ListedRow listed) => builder => WriteRow(builder, listed);

    private void WriteRow(RenderTreeBuilder b, ListedRow listed)
    {
        _drawnMax = Math.Max(_drawnMax, listed.Index);
        if (!_revealStarted) RevealInSteps();
        var r = listed.Row;
        var zh = OurTitle(r.MeasureNumber);
        var figures = FiguresText(r);
        var code = r.Code;

        b.OpenElement(0, "tr");
        // Keyed by its place in the list: when the window of drawn rows moves by a row (scrolling, or Virtualize
        // placing its first rows one off and back on a phone), the rows still drawn stay as they are and only the row
        // that enters and the one that leaves change, instead of every row's text being written again.
        b.SetKey(listed.Index);
        b.AddAttribute(1, "class", code == SelectedCode ? "practice-row practice-row-selected" : "practice-row");
        b.AddAttribute(2, "aria-rowindex", listed.Index + 2);
        b.AddAttribute(3, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => LocalitySelected.InvokeAsync(code)));

        b.OpenElement(10, "td");
        b.AddAttribute(11, "class", ThemePalette.ClassOf(r.ThemeNumber));
        b.AddAttribute(12, "title", r.MeasureTitle);
        if (zh is null) b.AddAttribute(13, "lang", "en");   // attributes come before the cell's content
        b.AddContent(14, MeasurePrefix(r.MeasureNumber));
        if (zh is null) b.AddContent(15, r.MeasureTitle);
        else b.AddContent(16, TitleText.Of(L, r.MeasureTitle, zh, zhOnly: true));
        b.CloseElement();

        b.OpenElement(20, "td");
        b.OpenElement(21, "button");
        b.AddAttribute(22, "class", "grid-locality");
        b.AddAttribute(24, "data-code", code);
        if (code == SelectedCode) b.AddAttribute(25, "aria-current", "true");
        b.AddAttribute(26, "lang", "zh-CN");
        NameWithEnglish(b, r.NameZh, r.NameEn);
        b.CloseElement();
        b.CloseElement();

        b.OpenElement(40, "td");
        b.AddAttribute(41, "lang", "zh-CN");
        NameWithEnglish(b, r.ProvinceNameZh, r.ProvinceNameEn);
        b.CloseElement();

        b.OpenElement(50, "td");
        b.AddContent(51, LevelLabels.Of(r.Level, L));
        b.CloseElement();

        b.OpenElement(60, "td");
        if (figures.Length > 0)
        {
            b.AddAttribute(61, "title", figures);
            b.AddContent(62, figures);
        }
        b.CloseElement();

        b.CloseElement();
    }

    // "花都区 Huadu District": the Chinese as the element's own text, the English in a span of its own language. The
    // sequence numbers follow the attributes of both elements that hold a name (a locality's button, a province's cell).
    private static void NameWithEnglish(RenderTreeBuilder b, string zh, string en)
    {
        b.AddContent(100, zh);
        b.AddContent(101, " ");
        b.OpenElement(102, "span");
        b.AddAttribute(103, "lang", "en");
        b.AddContent(104, en);
        b.CloseElement();
    }
}
