using System.Globalization;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Localization;

namespace MapDashboard.Web.Shell;

/// <summary>A published notice as the app bar offers it: its id, its number as printed and its titles (from the data).</summary>
public sealed record NoticeChoice(string Id, string Number, string Title, string? TitleZh)
{
    /// <summary>Number and title in the interface's language (the English title when the text has no Chinese one),
    /// the process's one copy of it: the app bar of every open page keeps it (SharedText).</summary>
    public string Label(CultureInfo culture)
    {
        var title = Cultures.IsChinese(culture) && !string.IsNullOrWhiteSpace(TitleZh) ? TitleZh : Title;
        return string.IsNullOrWhiteSpace(Number) ? title : SharedText.Of($"{Number} · {title}");
    }
}
