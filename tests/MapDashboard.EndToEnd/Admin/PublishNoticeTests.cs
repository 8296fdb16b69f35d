using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>
/// An editor brings in a second notice in the browser: signs in, uploads a text made from part of the seed notice with
/// another document number, sees what was read before anything is stored, changes how one figure reads, publishes, and
/// the notice is stored beside the first one, which is unchanged.
/// </summary>
public sealed class PublishNoticeTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task An_editor_uploads_previews_changes_a_decision_and_publishes_a_second_notice()
    {
        var expected = SecondNotice.Read();
        int seedPracticesBefore;
        await using (var db = host.Database.CreateContext(host.Database.WebConnectionString))
            seedPracticesBefore = await db.Practices.CountAsync(p => p.NoticeId == "ndrc-2021-668", TestContext.Current.CancellationToken);
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();

        await AdminPages.SignInAsync(page, host.BaseAddress, AdminHost.Email, AdminHost.Password);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync(AdminHost.Email);

        await page.GetByLabel("Notice file").SetInputFilesAsync(new FilePayload
        {
            Name = "second-notice.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(SecondNotice.Text()),
        });
        await page.GetByTestId("upload").ClickAsync();

        await page.WaitForInteractiveAsync();
        var preview = page.GetByTestId("admin-preview");
        await Assertions.Expect(preview).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("count-places")).ToHaveTextAsync(expected.Localities.Count.ToString());
        await Assertions.Expect(page.GetByTestId("count-practices")).ToHaveTextAsync(expected.Practices.Count.ToString());
        await Assertions.Expect(page.GetByTestId("count-figures")).ToHaveTextAsync(expected.Indicators.Count.ToString());
        await Assertions.Expect(page.GetByTestId("preview-number")).ToContainTextAsync($"No.{SecondNotice.Serial}");
        // A new number is kept as a draft notice in the database at once, and the map shows every place found.
        await Assertions.Expect(page.GetByTestId("stored-draft")).ToContainTextAsync(SecondNotice.Id);
        await Assertions.Expect(page.GetByTestId("preview-map")).ToHaveAttributeAsync("data-places", expected.Localities.Count.ToString(), new() { Timeout = 30_000 });
        await page.SaveScreenshotAsync("admin-preview");

        // How the first figure reads: set to 42 and read again.
        var figure = expected.Indicators[0];
        await page.GetByTestId("change-decision").First.ClickAsync();
        await page.GetByTestId("decision-value").FillAsync("42");
        await page.GetByTestId("decision-reason").FillAsync("checked against the Chinese text");
        await page.GetByTestId("decision-apply").ClickAsync();
        await Assertions.Expect(preview).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("figure-value").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^42\\b"));

        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("published")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        // The dashboard opened from the link shows the new notice.
        await page.GetByTestId("published-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"notice={SecondNotice.Id}"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("summary"))
            .ToContainTextAsync($"{expected.Localities.Count} localities · {expected.Practices.Count} practices");
        await page.WaitForMapReadyAsync();
        await page.SaveScreenshotAsync("admin-published-dashboard");

        await using var web = host.Database.CreateContext(host.Database.WebConnectionString);
        Assert.Equal(expected.Practices.Count, await web.Practices.CountAsync(p => p.NoticeId == SecondNotice.Id, TestContext.Current.CancellationToken));
        Assert.Equal(seedPracticesBefore, await web.Practices.CountAsync(p => p.NoticeId == "ndrc-2021-668", TestContext.Current.CancellationToken));
        var stored = await web.Indicators
            .Where(i => i.Practice!.NoticeId == SecondNotice.Id && i.Practice.MeasureNumber == figure.Measure && i.SourcePhrase == figure.SourcePhrase)
            .Select(i => i.Value).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new decimal?[] { 42m }, stored);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_UTF_8_is_refused_on_the_upload_page()
    {
        var context = await host.Browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminPages.SignInAsync(page, host.BaseAddress, AdminHost.Email, AdminHost.Password);

        await page.GetByLabel("Notice file").SetInputFilesAsync(new FilePayload
        {
            Name = "latin1.txt", MimeType = "text/plain", Buffer = [0x4e, 0x6f, 0x74, 0x69, 0x63, 0x65, 0x20, 0xe9, 0x74, 0xe9],
        });
        await page.GetByTestId("upload").ClickAsync();

        await Assertions.Expect(page.GetByTestId("upload-error")).ToHaveTextAsync("The file is not UTF-8 text.");
        await context.CloseAsync();
    }
}
