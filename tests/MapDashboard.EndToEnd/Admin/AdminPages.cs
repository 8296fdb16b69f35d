using Microsoft.Playwright;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>What an editor does on the admin pages, as clicks and keystrokes.</summary>
internal static class AdminPages
{
    public static async Task SignInAsync(IPage page, Uri baseAddress, string email, string password)
    {
        await page.GotoAsync(new Uri(baseAddress, "admin/login?culture=en").ToString());
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The form posts, then the endpoint redirects: to the admin page, or back here with the reason.
        await page.WaitForURLAsync(url => !url.Contains("/admin/login") || url.Contains("error="));
    }

    /// <summary>Uploads a text from the admin page and waits for its preview to be read.</summary>
    public static async Task UploadAsync(IPage page, string fileName, string text)
    {
        await page.GetByLabel("Notice file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(text),
        });
        await page.GetByTestId("upload").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("admin-preview")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
    }
}
