using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MapDashboard.Web.Features.Dashboard.Search;

/// <summary>
/// A search box that lists places as the person types (at most <see cref="MaxOptions"/>, <see cref="Debounce"/> after the
/// last keystroke) and hands the one chosen (click, tap, or arrows and Enter) to <see cref="OptionChosen"/>.
/// It never chooses from a list that was found for other text: Enter while a search is still waiting or running searches
/// the current text first, and the answer of an older search arriving late is dropped.
/// </summary>
public sealed partial class PlaceSearchBox : IDisposable
{
    /// <summary>Finds the places for a text; cancelled when the person types on.</summary>
    [Parameter, EditorRequired] public Func<string, CancellationToken, Task<IReadOnlyList<PlaceSearchResult>>> Search { get; set; } = default!;

    /// <summary>Raised with the place chosen.</summary>
    [Parameter] public EventCallback<PlaceSearchResult> OptionChosen { get; set; }

    /// <summary>The visible label, also the list's name.</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>What to type, shown in the empty box.</summary>
    [Parameter] public string? Placeholder { get; set; }

    /// <summary>Prefix of the element ids (unique in the page): the input, its list and their options refer to each other.</summary>
    [Parameter] public string Id { get; set; } = "place-search";

    /// <summary>data-testid of the input (its clear button, "no match" note and status get "-clear", "-empty", "-status").</summary>
    [Parameter] public string TestId { get; set; } = "place-search";

    /// <summary>How long typing must pause before a search starts.</summary>
    [Parameter] public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Options shown at most.</summary>
    [Parameter] public int MaxOptions { get; set; } = 20;

    private ElementReference _input;
    private string _text = "";
    private bool _open;
    private IReadOnlyList<PlaceSearchResult> _options = [];
    // The query whose answer _options is (null: none shown); the options belong to the text only if it is still current.
    private Query? _shown;
    // The latest query, for the text now in the box; older ones are cancelled.
    private Query? _query;
    private int _active = -1;

    /// <summary>One search for one text: started after the debounce, or at once when Enter or an arrow needs its answer.</summary>
    private sealed class Query(string text)
    {
        public string Text { get; } = text;
        public CancellationTokenSource Cancellation { get; } = new();
        public Task<IReadOnlyList<PlaceSearchResult>>? Answer { get; set; }
    }

    private string InputId => $"{Id}-input";
    private string ListId => $"{Id}-list";
    private string OptionId(int index) => $"{Id}-option-{index}";
    private string? ActiveOptionId => Expanded && _active >= 0 ? OptionId(_active) : null;

    private bool Fresh => _shown is not null && _shown == _query;
    private bool Expanded => _open && _options.Count > 0;
    private bool NoMatch => _open && Fresh && _options.Count == 0 && _text.Trim().Length > 0;

    private string BoxClass => "place-search" + (Expanded || NoMatch ? " open" : "") + (_text.Length > 0 ? " has-text" : "");

    private string StatusText => !_open || !Fresh ? ""
        : _options.Count == 0 ? (NoMatch ? L["Search.NoPlaceMatches"] : "")
        : _options.Count == 1 ? L["Search.OnePlace"] : L["Search.Places", _options.Count];

    private async Task OnInputAsync(string? text)
    {
        _text = text ?? "";
        _active = -1;
        _open = _text.Length > 0;
        var query = Start(_text);
        try
        {
            await Task.Delay(Debounce, query.Cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await ShowAnswerAsync(query);
    }

    /// <summary>A new latest query for <paramref name="text"/>; the one before it is cancelled (its answer will be dropped).</summary>
    private Query Start(string text)
    {
        _query?.Cancellation.Cancel();
        return _query = new Query(text);
    }

    /// <summary>Waits for the query's answer (starting its search if the debounce has not) and shows it if the query is
    /// still the latest. True when the options now shown are its answer.</summary>
    private async Task<bool> ShowAnswerAsync(Query query)
    {
        query.Answer ??= Search(query.Text, query.Cancellation.Token);
        IReadOnlyList<PlaceSearchResult> found;
        try
        {
            found = await query.Answer;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        if (query != _query) return false;
        if (_shown != query)
        {
            _shown = query;
            _options = found.Take(MaxOptions).ToList();
            _active = _options.Count > 0 ? 0 : -1;
        }
        return true;
    }

    /// <summary>Makes the options shown those of the text in the box, searching now if need be. False when the person
    /// typed on meanwhile (or the search was cancelled): then nothing may be chosen.</summary>
    private Task<bool> EnsureFreshAsync()
    {
        if (Fresh) return Task.FromResult(true);
        var query = _query is { } latest && latest.Text == _text ? latest : Start(_text);
        return ShowAnswerAsync(query);
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        // Enter that ends an input method's composition (pinyin → 湘潭) belongs to the input method, not to the list.
        if (e.IsComposing) return;
        switch (e.Key)
        {
            case "ArrowDown" or "ArrowUp":
                var wasExpanded = Expanded && Fresh;
                _open = true;
                if (!await EnsureFreshAsync() || _options.Count == 0) return;
                if (!wasExpanded) _active = e.Key == "ArrowDown" ? 0 : _options.Count - 1;
                else _active = (_active + (e.Key == "ArrowDown" ? 1 : -1) + _options.Count) % _options.Count;
                break;
            case "Home" or "End" when Expanded && _active >= 0:
                _active = e.Key == "Home" ? 0 : _options.Count - 1;
                break;
            case "Enter" when _open:
                if (!await EnsureFreshAsync() || !_open) return;
                if (_active >= 0 && _active < _options.Count) await ChooseAsync(_active);
                break;
            case "Escape" when _open:
                Close();
                break;
            case "Escape" when _text.Length > 0:
                Clear();
                break;
        }
    }

    private async Task OnInputClickedAsync()
    {
        if (_open || _text.Length == 0) return;
        _open = true;
        await EnsureFreshAsync();
    }

    private async Task ChooseAsync(int index)
    {
        if (index < 0 || index >= _options.Count) return;
        var chosen = _options[index];
        _text = $"{chosen.NameZh} {chosen.NameEn}";
        _query?.Cancellation.Cancel();
        _query = null;
        Close();
        await OptionChosen.InvokeAsync(chosen);
    }

    private void Close()
    {
        _open = false;
        _active = -1;
    }

    private void Clear()
    {
        _text = "";
        _query?.Cancellation.Cancel();
        _query = null;
        _shown = null;
        _options = [];
        Close();
    }

    private async Task ClearAsync()
    {
        Clear();
        // The clear button goes with the text: focus stays in the box instead of falling to the page.
        await _input.FocusAsync();
    }

    public void Dispose() => _query?.Cancellation.Cancel();
}
