using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>
/// History and restore in the browser: a notice published twice by an editor lists both revisions (who, when, what
/// changed) on the notices page, and restoring the first publishes it again as a third; an uploaded draft is listed there
/// and can be opened and discarded.
/// </summary>
public sealed class NoticeHistoryPageTests(AdminHost host) : IClassFixture<AdminHost>
{
    private const int Serial = 1998;
    private static readonly string Id = $"ndrc-2021-{Serial}";

    private ILocator Notice(IPage page, string id) => page.Locator($"[data-testid=notice][data-notice-id='{id}']");

    private async Task<IPage> SignedInAsync()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await AdminPages.SignInAsync(page, host.BaseAddress, AdminHost.Email, AdminHost.Password);
        return page;
    }

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("published")).ToBeVisibleAsync(new() { Timeout = 120_000 });
    }

    [Fact]
    public async Task An_editor_restores_an_earlier_revision_from_the_notices_page()
    {
        var page = await SignedInAsync();
        // Revision 1: the text as read. Revision 2: the same text again, with one figure set to 42.
        await AdminPages.UploadAsync(page, "first.txt", SecondNotice.Text(Serial));
        await PublishAsync(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "admin").ToString());
        await AdminPages.UploadAsync(page, "again.txt", SecondNotice.Text(Serial));
        await Assertions.Expect(page.GetByTestId("stored-draft")).ToHaveCountAsync(0);
        await page.GetByTestId("change-decision").First.ClickAsync();
        await page.GetByTestId("decision-value").FillAsync("42");
        await page.GetByTestId("decision-apply").ClickAsync();
        // "ready" alone is no proof: the preview was ready before the click reached the server, and a Publish clicked then
        // is lost when the preview is read again. The new difference is what the editor waits for.
        await Assertions.Expect(page.GetByTestId("diff-summary")).ToContainTextAsync("1 changed", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("admin-preview")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await PublishAsync(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "admin/notices").ToString());
        var notice = Notice(page, Id);
        await Assertions.Expect(notice.GetByTestId("revision")).ToHaveCountAsync(2);
        await Assertions.Expect(notice.GetByTestId("revision").First).ToContainTextAsync(AdminHost.Email);
        await Assertions.Expect(notice.GetByTestId("revision").First).ToContainTextAsync("~1 changed");
        await page.SaveScreenshotAsync("admin-notices-history");

        await notice.Locator("[data-testid=revision][data-sequence='1']").GetByTestId("restore").ClickAsync();

        await Assertions.Expect(page.GetByTestId("restored")).ToBeVisibleAsync();
        notice = Notice(page, Id);
        await Assertions.Expect(notice.GetByTestId("revision")).ToHaveCountAsync(3);
        await Assertions.Expect(notice.GetByTestId("revision").First).ToContainTextAsync("restored revision 1");
        await page.SaveScreenshotAsync("admin-notices-restored");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_uploaded_draft_is_listed_on_the_notices_page_and_can_be_discarded_from_there()
    {
        const int draftSerial = 1997;
        var draftId = $"ndrc-2021-{draftSerial}";
        var page = await SignedInAsync();
        await AdminPages.UploadAsync(page, "draft.txt", SecondNotice.Text(draftSerial));

        await page.GotoAsync(new Uri(host.BaseAddress, "admin/notices").ToString());
        var draft = Notice(page, draftId);
        await Assertions.Expect(draft).ToHaveAttributeAsync("data-status", "draft");
        await draft.GetByTestId("open-draft").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("admin-preview")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await page.GetByTestId("discard").ClickAsync();
        await Assertions.Expect(page.GetByTestId("discarded")).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "admin/notices").ToString());
        await Assertions.Expect(page.GetByTestId("admin-notices")).ToBeVisibleAsync();
        await Assertions.Expect(Notice(page, draftId)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
