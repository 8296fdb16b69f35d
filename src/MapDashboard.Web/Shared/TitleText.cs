using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MapDashboard.Web.Shared.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;

namespace MapDashboard.Web.Shared;

/// <summary>
/// A theme or measure title: the notice's English, and in the Chinese interface our own short Chinese translation
/// before it, marked as ours (（译）, with a tooltip and an accessible name saying so).
/// </summary>
/// <remarks>
/// Markup written into the caller's render tree, not a component: as a component it was some thirty per open dashboard
/// (every layer switch, every visible row of the list), each keeping its own frame buffers on the server for as long
/// as the dashboard is open (bench/README.md, circuits).
/// </remarks>
public static class TitleText
{
    /// <param name="l">The caller's localizer (the tooltip of the mark).</param>
    /// <param name="en">The title as the notice has it (English).</param>
    /// <param name="zh">Our Chinese translation; null when there is none (the English alone is shown).</param>
    /// <param name="zhOnly">Chinese only (tight places such as a grid cell); the English is then in the cell's tooltip.</param>
    public static RenderFragment Of(IStringLocalizer l, string en, string? zh, bool zhOnly = false) => builder =>
    {
        if (ShowsChinese(zh))
        {
            builder.AddContent(0, Span("title-zh", "zh-CN", zh));
            builder.OpenElement(10, "abbr");
            builder.AddAttribute(11, "class", "our-translation");
            builder.AddAttribute(12, "title", l["Titles.OurTranslation"].Value);
            builder.AddContent(13, "（译）");
            builder.CloseElement();
            if (!zhOnly) builder.AddContent(20, Span("title-en", "en", en));
        }
        else
        {
            builder.AddContent(30, Span(null, "en", en));
        }
    };

    /// <summary>Whether a title is shown in Chinese: the interface is Chinese and there is our translation.</summary>
    public static bool ShowsChinese([NotNullWhen(true)] string? zh) =>
        Cultures.IsChinese(CultureInfo.CurrentUICulture) && !string.IsNullOrEmpty(zh);

    // A fragment (a region of its own in the caller's tree): the span's frames keep fixed sequence numbers wherever
    // it is written (ASP0006).
    private static RenderFragment Span(string? cssClass, string lang, string text) => builder =>
    {
        builder.OpenElement(0, "span");
        if (cssClass is not null) builder.AddAttribute(1, "class", cssClass);
        builder.AddAttribute(2, "lang", lang);
        builder.AddContent(3, text);
        builder.CloseElement();
    };
}
