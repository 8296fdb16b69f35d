using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Map;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Hosting;
using MapDashboard.Web.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Sections;
using MapDashboard.Web.Shell;
using MudBlazor;
using MudBlazor.Services;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>
/// The dashboard when what it leans on fails: the database stops answering (and comes back; the page's one door to it is
/// faked), the browser refuses to copy, or the browser fails to draw the map.
/// </summary>
public class DashboardDatabaseFaultTests : BunitContext
{
    private static readonly PracticeRow Huadu = DashboardSamples.Row(1, "440114", "花都区", "Huadu District", "Guangdong Province", "广东省");
    private static readonly PracticeRow Chongzhou = DashboardSamples.Row(10, "510184", "崇州市", "Chongzhou City", "Sichuan Province", "四川省");

    /// <summary>Answers from the rows, or as a database that does not answer (null) while <see cref="Down"/>.</summary>
    private sealed class SwitchableData(DashboardLoad load) : DashboardData(null!)
    {
        public volatile bool Down;

        public override Task<DashboardLoad> LoadAsync(DashboardFilter filter, CancellationToken ct) => Task.FromResult(load);

        public override Task<IReadOnlyList<PracticeRow>?> LocalityAsync(string noticeId, string code, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<PracticeRow>?>(Down ? null : new[] { Huadu, Chongzhou }.Where(r => r.Code == code).ToList());

        public override Task<IReadOnlyList<NoticeMention>?> MentionsAsync(string code, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<NoticeMention>?>(Down ? null : []);
    }

    private SwitchableData Arrange()
    {
        var data = new SwitchableData(new DashboardLoad.Loaded(
            new DashboardView("n", DashboardSamples.Measures, [Huadu, Chongzhou], DashboardSamples.Facets(2), [])));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<DashboardData>(data);
        Services.AddSingleton(Options.Create(new MapDashboardOptions()));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return data;
    }

    private static Task ClickPlace(IRenderedComponent<DashboardPage> page, string code) =>
        page.InvokeAsync(() => page.FindComponent<LeafletMap>().Instance.OnLocalityClicked(code));

    [Fact]
    public async Task A_place_chosen_while_the_database_is_down_never_shows_the_last_places_details()
    {
        var data = Arrange();
        var page = Render<DashboardPage>();
        await ClickPlace(page, "440114");
        Assert.Equal("花都区", page.Find("[data-testid='detail-name-zh']").TextContent);

        data.Down = true;
        await ClickPlace(page, "510184");

        Assert.Empty(page.FindAll("[data-testid='locality-detail']"));
        Assert.Contains("崇州市", page.Find("[data-testid='detail-pending-name']").TextContent);
        Assert.Contains("appear here by themselves once it is back", page.Find("[data-testid='detail-pending-failed']").TextContent);
        Assert.Contains("The database is not answering right now", page.Find("[data-testid='db-unavailable']").TextContent);
    }

    [Fact]
    public async Task When_the_database_is_back_the_chosen_places_details_come_by_themselves()
    {
        var data = Arrange();
        var page = Render<DashboardPage>();
        data.Down = true;
        await ClickPlace(page, "510184");
        page.Find("[data-testid='db-unavailable']");

        data.Down = false;
        // The first attempt comes after DatabaseRecovery's first pause (1 s); no click.
        page.WaitForAssertion(() => Assert.Equal("崇州市", page.Find("[data-testid='detail-name-zh']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid='db-unavailable']"));
        Assert.Empty(page.FindAll("[data-testid='detail-pending']"));
    }

    [Fact]
    public async Task In_Chinese_the_page_says_it_in_Chinese()
    {
        using var _ = new CultureScope("zh-CN");
        var data = Arrange();
        var page = Render<DashboardPage>();
        data.Down = true;
        await ClickPlace(page, "510184");
        Assert.Contains("数据库暂时没有响应", page.Find("[data-testid='db-unavailable']").TextContent);
        Assert.Contains("数据库恢复后", page.Find("[data-testid='detail-pending-failed']").TextContent);
    }

    [Fact]
    public async Task A_refused_copy_says_so_and_offers_the_link_to_copy_by_hand_never_copied()
    {
        Arrange();
        JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true)
            .SetException(new JSException("NotAllowedError: Write permission denied."));
        var page = Render<DashboardPage>();

        await page.Find("[data-testid='copy-link']").ClickAsync(new());

        var manual = page.Find("[data-testid='copy-link-manual']");
        Assert.Contains("did not let the page copy the link", manual.TextContent);
        Assert.Equal("http://localhost/", page.Find("[data-testid='copy-link-manual'] input").GetAttribute("value"));
        Assert.Equal("", page.Find("[data-testid='copy-link-status']").TextContent);
        Assert.DoesNotContain(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message?.Contains("copied") == true);
    }

    [Fact]
    public async Task A_copy_the_browser_confirms_says_copied()
    {
        Arrange();
        JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true).SetVoidResult();
        var page = Render<DashboardPage>();

        await page.Find("[data-testid='copy-link']").ClickAsync(new());

        Assert.Equal("Link copied: it opens this exact view.", page.Find("[data-testid='copy-link-status']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='copy-link-manual']"));
    }

    private const string MapFailedPattern = @"^The map could not be drawn\. Reload the page to try again \(error ID [0-9a-f]{32}\)\.$";

    /// <summary>The dashboard with the filters' drawer outlet the layout would give it (the filters are drawn there).</summary>
    private IRenderedComponent<IComponent> RenderWithFilters() => Render(b =>
    {
        b.OpenComponent<SectionOutlet>(0);
        b.AddComponentParameter(1, nameof(SectionOutlet.SectionName), MainLayout.DrawerSection);
        b.CloseComponent();
        b.OpenComponent<DashboardPage>(2);
        b.CloseComponent();
    });

    private void AddPlaceSearch() =>
        // The filter panel's search box asks the gazetteer only for typed text; these tests type none.
        Services.AddSingleton(new Features.Dashboard.Search.PlaceSearch(null!, NullLogger<Features.Dashboard.Search.PlaceSearch>.Instance));

    [Fact]
    public async Task A_filter_the_browser_fails_to_draw_on_the_map_says_so_with_an_error_id_and_not_the_browsers_words()
    {
        AddPlaceSearch();
        Arrange();
        var host = RenderWithFilters();
        Assert.DoesNotContain(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Severity == Severity.Error);
        // The map was drawn; its next update fails in the browser.
        JSInterop.Setup<int>("setVisible", _ => true).SetException(new JSException("TypeError: layer is undefined"));

        await host.Find("input[data-testid='measure-10']").ChangeAsync(new ChangeEventArgs { Value = false });

        var failed = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single(s => s.Severity == Severity.Error);
        Assert.Matches(MapFailedPattern, failed.Message);
        Assert.False(host.Find("input[data-testid='measure-10']").HasAttribute("checked"));
    }

    [Fact]
    public void A_map_the_browser_fails_to_ready_says_so_and_the_page_stays()
    {
        AddPlaceSearch();
        Arrange();
        JSInterop.Setup<int>("setVisible", _ => true).SetException(new JSException("TypeError: layer is undefined"));

        var host = RenderWithFilters();

        var failed = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single(s => s.Severity == Severity.Error);
        Assert.Matches(MapFailedPattern, failed.Message);
        Assert.NotEmpty(host.FindAll("input[data-testid='measure-10']"));
    }
}
