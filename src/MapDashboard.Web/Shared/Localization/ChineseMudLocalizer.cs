using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace MapDashboard.Web.Shared.Localization;

/// <summary>
/// MudBlazor's own texts (grid sort and column menus, pager, clear and close buttons, input errors) in Chinese when the
/// interface is Chinese. A key it does not know, or any other language, is reported as not found, so MudBlazor falls
/// back to its built-in English.
/// </summary>
public sealed class ChineseMudLocalizer : MudLocalizer
{
    public override LocalizedString this[string key] =>
        Cultures.IsChinese(CultureInfo.CurrentUICulture) && MudBlazorChineseTexts.All.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);
}
