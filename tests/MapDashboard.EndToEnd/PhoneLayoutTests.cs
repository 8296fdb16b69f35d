using MapDashboard.EndToEnd.Accessibility;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// Planners, presenters and analysts open the dashboard on phones too: on a 360 px touch screen nothing runs off the
/// side, every control is on the screen (or in a box that scrolls to it), and the details panel stays in its box,
/// scrolls and closes while the map stays in sight; held sideways (a short, wide screen), the details lie beside the
/// map, the selected place and its popup in sight. Failures name the elements that overflow.
/// </summary>
public class PhoneLayoutTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    // Tongnan District, Chongqing: two practices, one with the notice's longest measure title; figures in long English.
    private const string LongestDetails = "500152";
    // Meihekou City, Jilin: three practices, the longest details panel.
    private const string MostPractices = "220581";
    // Huadu District, Guangzhou: pilots all around it; at 360x640 its marker used to lie under the details sheet.
    private const string Huadu = "440114";

    private const string PhoneUserAgent =
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";

    // Every element under the roots that reaches past its root's left or right edge, and every root holding more than its
    // width. Not what a box inside the root clips or scrolls on purpose: the compare columns and the practice table
    // scroll sideways, a notice title ends in an ellipsis, Leaflet draws tiles and labels past the map's edge.
    private const string OverflowingScript = """
        selectors => {
          const describe = el => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
          const clipped = (el, root) => {
            for (let a = el.parentElement; a && a !== root; a = a.parentElement)
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            return false;
          };
          const out = [];
          for (const root of selectors.flatMap(s => [...document.querySelectorAll(s)])) {
            const box = root.getBoundingClientRect();
            if (root.scrollWidth > root.clientWidth + 1)
              out.push(`${describe(root)} holds ${root.scrollWidth} px in ${root.clientWidth}`);
            for (const el of root.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || clipped(el, root)) continue;
              if (r.left < box.left - 1 || r.right > box.right + 1)
                out.push(`${describe(el)} spans ${Math.round(r.left)}..${Math.round(r.right)} outside ${describe(root)} ${Math.round(box.left)}..${Math.round(box.right)}`);
            }
          }
          return out;
        }
        """;

    private async Task<IPage> OpenOnPhoneAsync(string path, string culture, int width = 360, int height = 740, bool bypassCsp = false)
    {
        // BypassCSP only for axe-core, injected as an inline script (as in AccessibilityTests).
        var context = await host.Browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, DeviceScaleFactor = 2, UserAgent = PhoneUserAgent,
            IsMobile = true, HasTouch = true, BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        var separator = path.Contains('?') ? '&' : '?';
        await page.GotoAsync(new Uri(host.BaseAddress, $"{path}{separator}culture={culture}").ToString());
        await page.WaitForInteractiveAsync();
        // Measured in the page's final dress: until boot.js has applied the whole stylesheets it wears their first-paint part.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        return page;
    }

    private static async Task ExpectNothingOverflowsAsync(IPage page, string what, params string[] roots)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"{what}: the page is {scrollWidth} px wide on a {innerWidth} px screen");
        var overflowing = await page.EvaluateAsync<string[]>(OverflowingScript, roots.Prepend("header.mud-appbar").ToArray());
        Assert.True(overflowing.Length == 0, $"{what}: past the edge: {string.Join("; ", overflowing)}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Every_page_fits_a_phone_screen_without_sideways_scrolling(string culture)
    {
        var dashboard = await OpenOnPhoneAsync("", culture);
        await dashboard.WaitForMapReadyAsync();
        await ExpectNothingOverflowsAsync(dashboard, "dashboard", ".dashboard-toolbar");
        await dashboard.Context.CloseAsync();

        var compare = await OpenOnPhoneAsync($"compare?codes={MostPractices},{LongestDetails},230700", culture);
        await Assertions.Expect(compare.GetByTestId("compare-panel")).ToHaveCountAsync(3);
        await ExpectNothingOverflowsAsync(compare, "compare", "[data-testid=compare-panel]", ".compare-toolbar");
        await compare.Context.CloseAsync();

        var notice = await OpenOnPhoneAsync("notice", culture);
        await ExpectNothingOverflowsAsync(notice, "notice", ".mud-main-content");
        await notice.Context.CloseAsync();

        foreach (var step in new[] { 1, 3, 6 })
        {
            var presenter = await OpenOnPhoneAsync($"present/{step}", culture);
            await Assertions.Expect(presenter.GetByTestId("presenter-headline")).ToBeVisibleAsync();
            await ExpectNothingOverflowsAsync(presenter, $"presenter step {step}", "[data-testid=presenter-caption]", ".progress");
            // The headline is read whole: not cut to a sliver by the map beside it.
            var heights = await presenter.GetByTestId("presenter-headline").EvaluateAsync<int[]>("h => [h.scrollHeight, h.clientHeight]");
            var (headlineScroll, headlineClient) = (heights[0], heights[1]);
            Assert.True(headlineScroll <= headlineClient + 1, $"presenter step {step}: the headline shows {headlineClient} of its {headlineScroll} px");
            await Assertions.Expect(presenter.GetByRole(AriaRole.Application)).ToBeInViewportAsync(new() { Ratio = 0.9f });
            await presenter.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task On_a_small_phone_the_toolbar_above_the_map_takes_two_rows_at_most(string culture)
    {
        var page = await OpenOnPhoneAsync($"?sel={Huadu}", culture, 360, 640);
        await page.WaitForMapReadyAsync();
        // A control that starts below the bottom of every control before it starts a new row (the toolbar wraps).
        var rows = await page.Locator(".dashboard-toolbar").EvaluateAsync<int>("""
            t => {
              const boxes = [...t.children].map(c => c.getBoundingClientRect())
                .filter(r => r.width > 1 && r.height > 1).sort((a, b) => a.top - b.top);
              let rows = 0, bottom = -Infinity;
              for (const r of boxes) {
                if (r.top >= bottom - 1) { rows++; bottom = r.bottom; } else bottom = Math.max(bottom, r.bottom);
              }
              return rows;
            }
            """);
        Assert.True(rows <= 2, $"the toolbar takes {rows} rows on a 360 px phone");
        // Copy link still says what it does to a screen reader, and is finger-sized.
        var copy = page.GetByTestId("copy-link");
        await Assertions.Expect(copy).ToHaveAccessibleNameAsync(culture == "en" ? "Copy link" : "复制链接");
        var box = (await copy.BoundingBoxAsync())!;
        Assert.True(box.Width >= 24 && box.Height >= 24, $"copy link is {box.Width}x{box.Height} px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(LongestDetails, "en", 360, 740)]
    [InlineData(LongestDetails, "zh-CN", 360, 740)]
    [InlineData(MostPractices, "en", 390, 844)]
    [InlineData(MostPractices, "zh-CN", 390, 844)]
    [InlineData(LongestDetails, "en", 640, 360)]
    [InlineData(MostPractices, "zh-CN", 780, 360)]
    public async Task The_details_panel_on_a_phone_stays_in_its_box_scrolls_and_closes(string code, string culture, int width, int height)
    {
        var page = await OpenOnPhoneAsync($"?sel={code}", culture, width, height);
        await page.WaitForMapReadyAsync();
        var detail = page.GetByTestId("locality-detail");
        await Assertions.Expect(detail).ToBeVisibleAsync();

        // The whole panel is on the screen and nothing (the practice list) is drawn over it.
        var box = (await detail.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5 && box.Y + box.Height <= height + 0.5,
            $"the details panel lies at {box.X},{box.Y} {box.Width}x{box.Height} on a {width}x{height} screen");
        Assert.True(await detail.EvaluateAsync<bool>(
            "d => { const r = d.getBoundingClientRect(); return d.contains(document.elementFromPoint(r.left + r.width / 2, r.bottom - 6)); }"),
            "something is drawn over the bottom of the details panel");
        await ExpectNothingOverflowsAsync(page, "details", ".locality-detail");

        // It scrolls to its last practice, which is then on the screen, not under the list.
        await detail.EvaluateAsync("d => d.scrollTop = d.scrollHeight");
        var lastSource = detail.GetByTestId("detail-source").Last;
        await Assertions.Expect(lastSource).ToBeInViewportAsync();
        Assert.True(await lastSource.EvaluateAsync<bool>(
            "a => { const r = a.getBoundingClientRect(); return a.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2)); }"),
            "the last practice's link to the notice is covered");

        // The map stays usable: its centre, where the selected place is, is not under the panel.
        Assert.True(await page.GetByTestId("map").First.EvaluateAsync<bool>(
            "m => { const r = m.getBoundingClientRect(); return m.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); }"),
            "the details panel covers the map's centre");

        // The close button stays on screen (sticky header), finger-sized, and closes the panel.
        var close = detail.Locator("button[aria-label]").First;
        await Assertions.Expect(close).ToBeInViewportAsync();
        var closeBox = (await close.BoundingBoxAsync())!;
        Assert.True(closeBox.Width >= 24 && closeBox.Height >= 24, $"the close button is {closeBox.Width}x{closeBox.Height} px");
        Assert.True(closeBox.X + closeBox.Width <= width, $"the close button ends at {closeBox.X + closeBox.Width} px on a {width} px screen");
        await close.TapAsync();
        await Assertions.Expect(detail).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    // Null when the marker whose title contains the argument and its popup are whole inside the part of the map on the
    // screen, clear of the details (a sheet below the map, or a panel beside it) and of the legend, and the marker is not
    // drawn over; else what is wrong. The legend lets clicks through, so it is found by its box, not by hit-testing.
    private const string PlaceHiddenScript = """
        title => {
          const box = el => el.getBoundingClientRect();
          const text = r => `${Math.round(r.left)},${Math.round(r.top)}..${Math.round(r.right)},${Math.round(r.bottom)}`;
          const overlap = (a, b) => a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const map = box(document.querySelector('[data-testid=map]'));
          const seen = { left: Math.max(map.left, 0), top: Math.max(map.top, 0), right: Math.min(map.right, innerWidth), bottom: Math.min(map.bottom, innerHeight) };
          const details = box(document.querySelector('[data-testid=locality-detail]'));
          const legend = box(document.querySelector('[data-testid=legend]'));
          const marker = [...document.querySelectorAll('.leaflet-marker-icon')].find(m => m.title.includes(title));
          if (!marker) return `no marker named ${title}`;
          const popup = document.querySelector('.leaflet-popup');
          if (!popup) return 'no popup';
          for (const [what, r] of [['marker', box(marker)], ['popup', box(popup)]]) {
            if (r.left < seen.left - 0.5 || r.top < seen.top - 0.5 || r.right > seen.right + 0.5 || r.bottom > seen.bottom + 0.5)
              return `the ${what} at ${text(r)} is not whole inside the map's part of the screen ${text(seen)}`;
            if (overlap(r, details)) return `the ${what} at ${text(r)} lies under the details at ${text(details)}`;
            if (overlap(r, legend)) return `the legend at ${text(legend)} lies over the ${what} at ${text(r)}`;
          }
          const r = box(marker);
          const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
          return marker.contains(hit) ? null : `the marker at ${text(r)} is covered by ${hit?.className}`;
        }
        """;

    // Waits for the map to have put the selected place (Huadu) and its popup in sight, which it may still be panning to.
    private static async Task ExpectSelectedPlaceInSightAsync(IPage page, string screenshot)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => ({PlaceHiddenScript})('Huadu District') === null", null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            await page.SaveScreenshotAsync($"{screenshot}-hidden");
            Assert.Fail(await page.EvaluateAsync<string>(PlaceHiddenScript, "Huadu District"));
        }
        await page.SaveScreenshotAsync(screenshot);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task On_a_small_phone_the_selected_place_shows_above_the_details_sheet_with_no_accessibility_violations(string culture)
    {
        var page = await OpenOnPhoneAsync($"?sel={Huadu}", culture, 360, 640, bypassCsp: true);
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.GetByTestId("map").First).ToHaveAttributeAsync("data-focused", Huadu);
        await Assertions.Expect(page.GetByTestId("locality-detail")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("Huadu District");

        await ExpectSelectedPlaceInSightAsync(page, $"phone-selected-above-sheet-{culture}");
        await AxeScan.ExpectNoViolationsAsync(page, $"dashboard with details open on a 360x640 phone ({culture})");
        await page.Context.CloseAsync();
    }

    // Each app bar action whole on the screen and its text whole in its box (or, icon-only, its name still there).
    private const string AppBarCutScript = """
        () => [...document.querySelectorAll('header.mud-appbar :is(a, button)')].flatMap(b => {
          const r = b.getBoundingClientRect(), name = b.dataset.testid ?? b.className;
          return [
            ...(r.left < -0.5 || r.right > innerWidth + 0.5 ? [`${name} spans ${Math.round(r.left)}..${Math.round(r.right)} on a ${innerWidth} px screen`] : []),
            ...(b.scrollWidth > b.clientWidth + 1 ? [`${name} holds ${b.scrollWidth} px of text in ${b.clientWidth}`] : []),
          ];
        })
        """;

    [Theory]
    [InlineData("en", 800, 1000)]
    [InlineData("zh-CN", 720, 1000)]
    [InlineData("en", 1000, 800)]
    public async Task On_a_tablet_the_app_bar_actions_keep_their_names_whole(string culture, int width, int height)
    {
        // Between a phone's icon-only actions and a desktop's room: the notice's name gives way, not the actions.
        var page = await OpenOnPhoneAsync("", culture, width, height);
        var cut = await page.EvaluateAsync<string[]>(AppBarCutScript);
        Assert.True(cut.Length == 0, $"app bar on a {width}x{height} screen: {string.Join("; ", cut)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", 640, 360)]
    [InlineData("zh-CN", 640, 360)]
    [InlineData("en", 780, 360)]
    [InlineData("zh-CN", 780, 360)]
    public async Task On_a_phone_held_sideways_the_map_shows_the_selected_place_beside_its_details_with_no_accessibility_violations(
        string culture, int width, int height)
    {
        var page = await OpenOnPhoneAsync($"?sel={Huadu}", culture, width, height, bypassCsp: true);
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.GetByTestId("map").First).ToHaveAttributeAsync("data-focused", Huadu);
        await Assertions.Expect(page.GetByTestId("locality-detail")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("Huadu District");
        await ExpectSelectedPlaceInSightAsync(page, $"phone-sideways-{width}-{culture}");

        // A map one can use: at least half the screen's height, not a strip between the toolbar and the details.
        var mapHeight = await page.GetByTestId("map").First.EvaluateAsync<double>(
            "m => { const r = m.getBoundingClientRect(); return Math.min(r.bottom, innerHeight) - Math.max(r.top, 0); }");
        Assert.True(mapHeight >= height / 2.0, $"the map shows {mapHeight} px of a {height} px high screen");

        var cut = await page.EvaluateAsync<string[]>(AppBarCutScript);
        Assert.True(cut.Length == 0, $"app bar on a {width}x{height} screen: {string.Join("; ", cut)}");
        foreach (var action in new[] { "nav-present", "nav-compare" })
            await Assertions.Expect(page.GetByTestId(action)).ToHaveAccessibleNameAsync((await page.GetByTestId(action).GetAttributeAsync("title"))!);

        await AxeScan.ExpectNoViolationsAsync(page, $"dashboard with details open on a {width}x{height} phone held sideways ({culture})");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_presenter_on_a_phone_has_no_accessibility_violations(string culture)
    {
        // Its caption scrolls above the map only on a phone, so a keyboard must be able to reach and scroll it.
        var presenter = await OpenOnPhoneAsync("present/3", culture, bypassCsp: true);
        await Assertions.Expect(presenter.GetByTestId("presenter-headline")).ToBeVisibleAsync();
        await AxeScan.ExpectNoViolationsAsync(presenter, "presenter on a phone");
        await presenter.Context.CloseAsync();
    }
}
