using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>The dashboard's address: the address bar always holds the whole view, and "Copy link" copies it.</summary>
public partial class DashboardPage
{
    private string ShareQuery => new DashboardUrl(_filter, _selectedCode, _mode, _currentView) { Notice = _notice, Grid = _grid, CountsAll = _countsAll }.ToQueryString();

    /// <summary>This view on notice <paramref name="noticeId"/>, the selected place kept (its measure numbers are the other notice's).</summary>
    private string LinkToNotice(string noticeId) =>
        "./?" + new DashboardUrl(_filter with { Measures = null }, _selectedCode, _mode, _currentView)
        {
            Notice = new MapDashboard.Web.Shared.Parameters.NoticeRequest(noticeId, noticeId), CountsAll = _countsAll,
        }.ToQueryString();

    /// <summary>The address of exactly what is on screen.</summary>
    private string ShareUri
    {
        get
        {
            var query = ShareQuery;
            return Nav.ToAbsoluteUri(query.Length == 0 ? "./" : "?" + query).ToString();
        }
    }

    /// <summary>The address bar always holds the whole view, so copying it shares exactly what is on screen.</summary>
    private void PushUrl()
    {
        var target = ShareUri;
        if (target != Nav.Uri) Nav.NavigateTo(target, new NavigationOptions { ReplaceHistoryEntry = true });
    }

    private bool _addressDue;

    /// <summary>
    /// The address written once the browser has drawn the change (OnAfterRenderAsync runs when it has applied the
    /// render): a filter click's map update and list come first, and the address's write (history.replaceState, then
    /// the browser telling the circuit where it now is) does not stand between the click and what it shows
    /// (bench/README.md, interaction). Copy link writes it at once.
    /// </summary>
    private void PushUrlAfterRender() => _addressDue = true;

    private void WriteAddressIfDue()
    {
        if (!_addressDue) return;
        _addressDue = false;
        PushUrl();
    }

    /// <summary>
    /// "Link copied" only once the browser says the clipboard holds it (writeText's promise resolved). It may refuse
    /// (no permission, the page not focused, an http:// address other than localhost has no clipboard API): then the
    /// page says so and shows the link, selected, to copy by hand.
    /// </summary>
    private async Task CopyLinkAsync()
    {
        PushUrl();
        // Not Nav.Uri: it is updated only when the browser reports the navigation back, and may still be the last view.
        var link = ShareUri;
        try
        {
            await JS.InvokeVoidAsync("navigator.clipboard.writeText", link);
            _copyFailed = false;
            _copiedLink = link;
        }
        catch (JSException)
        {
            _copiedLink = null;
            _copyFailed = true;
            _selectManualLink = true;
        }
    }

    /// <summary>The clipboard holds the address of what is on screen now.</summary>
    private bool LinkCopied => _copiedLink is not null && _copiedLink == ShareUri;
}
