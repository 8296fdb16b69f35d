using AngleSharp.Dom;
using Bunit;
using MapDashboard.Web.Features.Dashboard.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Xunit;

namespace MapDashboard.Web.Tests.Search;

/// <summary>The place search as a person uses it: typing, arrows, Enter, Escape, a click; answers that come late.</summary>
public class PlaceSearchBoxTests : AppBunitContext
{
    private static readonly PlaceSearchResult Yanqing = Pilot("110119", "延庆区", "Yanqing District");
    private static readonly PlaceSearchResult XiangtanCity = Pilot("430300", "湘潭市", "Xiangtan City");
    private static readonly PlaceSearchResult XiangtanCounty = PlaceSearchResult.Other(
        new MapDashboard.Data.Search.GazetteerPlace("430321", "county", "湘潭县", "Xiangtan County", "湖南省", "Hunan Province", 112.95, 27.78, null));
    private static readonly PlaceSearchResult Xiangxiang = Pilot("430381", "湘乡市", "Xiangxiang City");

    private readonly List<PlaceSearchResult> _chosen = [];

    private static PlaceSearchResult Pilot(string code, string zh, string en) => new(code, zh, en, "湖南省", "Hunan Province", false, null);

    /// <summary>A search the test answers by hand, in any order; like a slow database it answers even when cancelled.</summary>
    private sealed class HeldSearch
    {
        public List<(string Text, TaskCompletionSource<IReadOnlyList<PlaceSearchResult>> Answer)> Asked { get; } = [];

        public Task<IReadOnlyList<PlaceSearchResult>> FindAsync(string text, CancellationToken ct)
        {
            var answer = new TaskCompletionSource<IReadOnlyList<PlaceSearchResult>>(TaskCreationOptions.RunContinuationsAsynchronously);
            Asked.Add((text, answer));
            return answer.Task;
        }
    }

    /// <summary>A search that answers at once: every pilot for no text (延庆区 first), Xiangtan's two places for 湘潭.</summary>
    private static Task<IReadOnlyList<PlaceSearchResult>> AnswerAtOnce(string text, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PlaceSearchResult>>(text switch
        {
            "" => [Yanqing, Xiangxiang, XiangtanCity],
            "湘潭" => [XiangtanCity, XiangtanCounty],
            _ => [],
        });

    private IRenderedComponent<PlaceSearchBox> RenderBox(Func<string, CancellationToken, Task<IReadOnlyList<PlaceSearchResult>>> search, TimeSpan debounce) =>
        Render<PlaceSearchBox>(p => p
            .Add(x => x.Label, "Find a place")
            .Add(x => x.Search, search)
            .Add(x => x.Debounce, debounce)
            .Add(x => x.OptionChosen, EventCallback.Factory.Create<PlaceSearchResult>(this, _chosen.Add)));

    private static IElement Input(IRenderedComponent<PlaceSearchBox> box) => box.Find("input[role=combobox]");

    private static Task Key(IRenderedComponent<PlaceSearchBox> box, string key) =>
        Input(box).KeyDownAsync(new KeyboardEventArgs { Key = key });

    private static List<string> Options(IRenderedComponent<PlaceSearchBox> box) =>
        box.FindAll("[role=listbox]:not([hidden]) [role=option]").Select(o => o.TextContent.Trim()).ToList();

    [Fact]
    public async Task Enter_while_the_typed_text_waits_for_its_search_chooses_from_that_texts_places_not_the_list_still_shown()
    {
        // A debounce that never ends in the test: only Enter can make the search for 湘潭 happen.
        var box = RenderBox(AnswerAtOnce, TimeSpan.FromHours(1));
        await Key(box, "ArrowDown");
        Assert.StartsWith("延庆区", Options(box)[0]);

        Input(box).Input("湘潭");
        await Key(box, "Enter");

        Assert.Equal([XiangtanCity], _chosen);
        Assert.Equal("湘潭市 Xiangtan City", Input(box).GetAttribute("value"));
        Assert.Equal("false", Input(box).GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task An_older_search_answering_after_the_newer_one_is_dropped()
    {
        var search = new HeldSearch();
        var box = RenderBox(search.FindAsync, TimeSpan.Zero);
        Input(box).Input("湘");
        Input(box).Input("湘潭");
        Assert.Equal(["湘", "湘潭"], search.Asked.Select(a => a.Text));

        search.Asked[1].Answer.SetResult([XiangtanCity, XiangtanCounty]);
        box.WaitForAssertion(() => Assert.Equal(2, Options(box).Count));
        search.Asked[0].Answer.SetResult([Xiangxiang, Yanqing, XiangtanCity]);
        await Key(box, "Enter");

        Assert.Equal([XiangtanCity], _chosen);
    }

    [Fact]
    public async Task Enter_while_the_search_for_the_typed_text_runs_waits_for_its_answer()
    {
        var search = new HeldSearch();
        var box = RenderBox(search.FindAsync, TimeSpan.Zero);
        Input(box).Input("湘潭");

        var enter = Key(box, "Enter");
        Assert.Empty(_chosen);
        Assert.Single(search.Asked);
        search.Asked[0].Answer.SetResult([XiangtanCity, XiangtanCounty]);
        await enter;

        Assert.Equal([XiangtanCity], _chosen);
    }

    [Fact]
    public async Task Enter_after_typing_on_while_its_search_ran_chooses_nothing()
    {
        var search = new HeldSearch();
        var box = RenderBox(search.FindAsync, TimeSpan.FromHours(1));
        Input(box).Input("湘");
        var enter = Key(box, "Enter");
        Input(box).Input("湘潭");
        search.Asked[0].Answer.SetResult([Xiangxiang]);
        await enter;

        Assert.Empty(_chosen);
    }

    [Fact]
    public async Task Arrows_move_the_active_option_that_the_input_names_and_Enter_takes_it()
    {
        var box = RenderBox(AnswerAtOnce, TimeSpan.Zero);
        Input(box).Input("湘潭");
        box.WaitForAssertion(() => Assert.Equal("true", Input(box).GetAttribute("aria-expanded")));
        Assert.Equal("place-search-option-0", Input(box).GetAttribute("aria-activedescendant"));
        Assert.Equal("2 places", box.Find("[role=status]").TextContent);

        await Key(box, "ArrowDown");
        Assert.Equal("place-search-option-1", Input(box).GetAttribute("aria-activedescendant"));
        Assert.Equal("true", box.Find("#place-search-option-1").GetAttribute("aria-selected"));
        Assert.Contains("not a pilot", box.Find("#place-search-option-1").TextContent);
        await Key(box, "Home");
        Assert.Equal("place-search-option-0", Input(box).GetAttribute("aria-activedescendant"));
        await Key(box, "End");
        await Key(box, "Enter");

        Assert.Equal([XiangtanCounty], _chosen);
    }

    [Fact]
    public async Task Escape_closes_the_list_then_clears_the_text()
    {
        var box = RenderBox(AnswerAtOnce, TimeSpan.Zero);
        Input(box).Input("湘潭");
        box.WaitForAssertion(() => Assert.Equal(2, Options(box).Count));

        await Key(box, "Escape");
        Assert.Empty(Options(box));
        Assert.Equal("false", Input(box).GetAttribute("aria-expanded"));
        Assert.Null(Input(box).GetAttribute("aria-activedescendant"));
        await Key(box, "Enter");
        Assert.Empty(_chosen);

        await Key(box, "Escape");
        Assert.Equal("", Input(box).GetAttribute("value"));
    }

    [Fact]
    public void A_click_on_an_option_chooses_it()
    {
        var box = RenderBox(AnswerAtOnce, TimeSpan.Zero);
        Input(box).Input("湘潭");
        box.WaitForAssertion(() => Assert.Equal(2, Options(box).Count));

        box.Find("#place-search-option-1").Click();

        Assert.Equal([XiangtanCounty], _chosen);
    }

    [Fact]
    public void Text_that_matches_nothing_says_so_in_the_box_and_to_screen_readers()
    {
        var box = RenderBox(AnswerAtOnce, TimeSpan.Zero);
        Input(box).Input("Atlantis");

        box.WaitForAssertion(() => Assert.Equal("No place matches.", box.Find("[data-testid=place-search-empty]").TextContent));
        Assert.Equal("No place matches.", box.Find("[role=status]").TextContent);
        Assert.Equal("false", Input(box).GetAttribute("aria-expanded"));
    }

    [Fact]
    public void The_clear_button_is_named_and_empties_the_box()
    {
        var box = RenderBox(AnswerAtOnce, TimeSpan.Zero);
        Input(box).Input("湘潭");

        var clear = box.Find("[data-testid=place-search-clear]");
        Assert.Equal("Clear Find a place", clear.GetAttribute("aria-label"));
        clear.Click();

        Assert.Equal("", Input(box).GetAttribute("value"));
        Assert.Empty(Options(box));
        Assert.Empty(box.FindAll("[data-testid=place-search-clear]"));
    }

    [Fact]
    public void The_input_is_a_labelled_combobox_that_controls_its_listbox()
    {
        var box = RenderBox(AnswerAtOnce, TimeSpan.Zero);
        var input = Input(box);

        Assert.Equal("Find a place", box.Find($"label[for='{input.Id}']").TextContent);
        Assert.Equal("list", input.GetAttribute("aria-autocomplete"));
        Assert.Equal("listbox", box.Find($"#{input.GetAttribute("aria-controls")}").GetAttribute("role"));
    }
}
