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
            var title = Titled(theme.Title, theme.TitleZh);
            WriteSwitch(b, state is null ? L["Filters.ThemeLabelPartly", number, title] : L["Filters.ThemeLabel", number, title],
                "theme-" + number, state, EventCallback.Factory.Create<ChangeEventArgs>(this, () => ToggleThemeAsync(number, state != true)),
                null, theme.Title, theme.TitleZh, CountOf(Facets.Themes, number));
            foreach (var m in Measures)
            {
                if (m.ThemeNumber != number) continue;
                var measure = m.Number;
                WriteSwitch(b, L["Filters.MeasureLabel", measure, Titled(m.Title, m.TitleZh)], "measure-" + measure, IsMeasureOn(measure),
                    EventCallback.Factory.Create<ChangeEventArgs>(this, e => ToggleMeasureAsync(measure, e.Value is true)),
                    measure, m.Title, m.TitleZh, CountOf(Facets.Measures, measure));
            }
            b.CloseElement();
        }
    }

    // One switch, a theme's or a measure's: the label holds the checkbox (named for screen readers, with its test id),
    // the title and the count. A theme with only some of its measures on is partly checked (state null).
    private void WriteSwitch(RenderTreeBuilder b, string name, string testId, bool? state, EventCallback<ChangeEventArgs> changed,
        int? measure, string title, string? titleZh, int count)
    {
        b.OpenElement(10, "label");
        b.OpenElement(11, "input");
        b.AddAttribute(12, "type", "checkbox");
        if (state is null) b.AddAttribute(13, "class", "partly");
        b.AddAttribute(14, "checked", state == true);
        b.AddAttribute(15, "aria-label", SharedText.Of(name));
        b.AddAttribute(16, "data-testid", SharedText.Of(testId));
        b.AddAttribute(17, "onchange", changed);
        b.CloseElement();
        b.OpenElement(18, "span");
        WriteTitle(b, measure, title, titleZh);
        b.OpenElement(19, "small");
        b.AddContent(20, count);
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
