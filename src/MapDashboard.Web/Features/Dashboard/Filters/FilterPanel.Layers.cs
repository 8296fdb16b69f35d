using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MapDashboard.Web.Features.Dashboard.Filters;

/// <summary>
/// The theme and measure switches, written frame by frame in C# rather than as markup in FilterPanel.razor.
/// </summary>
/// <remarks>
/// Every frame the panel draws is kept twice (this render and the last) for as long as the dashboard is open, in a
/// buffer that doubles at each power of two (bench/README.md, circuits). As markup a switch was 27 frames: two wrappers
/// without a rule of their own, whitespace, a test id on its count, its number and title as three texts. The panel
/// came to 484 frames, a 512-frame buffer twice. Here a measure's switch is 11 frames in the English interface and the
/// panel about 235, under 256: mind that bound when adding to it. The rules reach the switches, their titles and
/// counts by their place (app.css, .theme-group). The texts every dashboard draws alike (names, titles, styles) are
/// the process's one copy (SharedText).
/// </remarks>
public partial class FilterPanel
{
    private RenderFragment? _layers;

    /// <summary>A theme's group: its own switch (all its measures at once), then a switch per measure.</summary>
    private RenderFragment Layers => _layers ??= WriteLayers;

    private void WriteLayers(RenderTreeBuilder b)
    {
        foreach (var theme in Themes)
        {
            var number = theme.Number;
            var state = ThemeState(number);
            b.OpenElement(0, "div");
            b.AddAttribute(1, "class", "theme-group");
            b.AddAttribute(2, "style", SharedText.Of("--theme-color:" + ThemePalette.Of(number)));
            b.OpenElement(3, "label");
            b.OpenElement(5, "input");
            b.AddAttribute(6, "type", "checkbox");
            if (state is null) b.AddAttribute(7, "class", "partly");   // a theme with some of its measures on
            b.AddAttribute(8, "checked", state == true);
            var name = state is null ? L["Filters.ThemeLabelPartly", number, Titled(theme.Title, theme.TitleZh)] : L["Filters.ThemeLabel", number, Titled(theme.Title, theme.TitleZh)];
            b.AddAttribute(9, "aria-label", SharedText.Of(name.Value));
            b.AddAttribute(10, "data-testid", SharedText.Of("theme-" + number));
            b.AddAttribute(11, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(this, () => ToggleThemeAsync(number, state != true)));
            b.CloseElement();
            b.OpenElement(12, "span");
            WriteTitle(b, null, theme.Title, theme.TitleZh);
            b.OpenElement(13, "small");
            b.AddContent(14, CountOf(Facets.Themes, number));
            b.CloseElement();
            b.CloseElement();
            b.CloseElement();

            foreach (var m in Measures)
            {
                if (m.ThemeNumber == number) WriteMeasure(b, m);
            }
            b.CloseElement();
        }
    }

    private void WriteMeasure(RenderTreeBuilder b, MeasureInfo m)
    {
        var number = m.Number;
        b.OpenElement(20, "label");
        b.OpenElement(22, "input");
        b.AddAttribute(23, "type", "checkbox");
        b.AddAttribute(24, "checked", IsMeasureOn(number));
        b.AddAttribute(25, "aria-label", SharedText.Of(L["Filters.MeasureLabel", number, Titled(m.Title, m.TitleZh)].Value));
        b.AddAttribute(26, "data-testid", SharedText.Of("measure-" + number));
        b.AddAttribute(27, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(this, e => ToggleMeasureAsync(number, e.Value is true)));
        b.CloseElement();
        b.OpenElement(28, "span");
        WriteTitle(b, number, m.Title, m.TitleZh);
        b.OpenElement(29, "small");
        b.AddContent(30, CountOf(Facets.Measures, number));
        b.CloseElement();
        b.CloseElement();
        b.CloseElement();
    }

    // "(3) Improving the vocational skills… ": in the English interface one text (the page's own language, the space
    // before the count in it); in the Chinese one our Chinese title, marked as ours, before the notice's English in its
    // own lang (TitleText).
    private void WriteTitle(RenderTreeBuilder b, int? measure, string en, string? zh)
    {
        var prefix = measure is null ? "" : $"({measure}) ";
        if (!Chinese)
        {
            b.AddContent(40, SharedText.Of(prefix + en + " "));
            return;
        }
        if (prefix.Length > 0) b.AddContent(41, SharedText.Of(prefix));
        b.AddContent(42, TitleText.Of(L, en, zh));
        b.AddContent(43, " ");
    }
}
