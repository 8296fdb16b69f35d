using MapDashboard.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MapDashboard.Web.Features.Admin;

/// <summary>
/// The admin area's form posts: sign-in (anonymous, rate-limited, locks out after 5 wrong passwords), sign-out and the
/// upload of a notice text (signed in, rate-limited, at most <see cref="NoticeUpload.MaxBytes"/>). Every one checks the
/// antiforgery token its form carries, and answers with a redirect to the page that shows the outcome.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this WebApplication app)
    {
        app.MapPost(AdminArea.SignInPath, SignInAsync)
            .AllowAnonymous().RequireRateLimiting(AdminRateLimits.SignInPolicy).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPost(AdminArea.SignOutPath, SignOutAsync)
            .RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPost(AdminArea.UploadPath, UploadAsync)
            .RequireAuthorization().RequireRateLimiting(AdminRateLimits.UploadPolicy)
            .WithMetadata(new RequireAntiforgeryTokenAttribute(), new RequestSizeLimitAttribute(NoticeUpload.MaxRequestBytes));
    }

    private static async Task<IResult> SignInAsync([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<Editor> signIn)
    {
        var back = LocalOrAdmin(returnUrl);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return Results.Redirect(LoginWith("invalid", back));
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return Results.LocalRedirect(back);
        return Results.Redirect(LoginWith(result.IsLockedOut ? "locked" : "invalid", back));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<Editor> signIn)
    {
        // The middleware only records the check; endpoints that bind no form field must read it themselves.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid form", detail: "Reload the page and try again.");
        await signIn.SignOutAsync();
        return Results.Redirect(AdminArea.LoginPath);
    }

    private static async Task<IResult> UploadAsync(IFormFile? notice, HttpContext http, NoticeDrafts drafts, CancellationToken ct)
    {
        var read = await NoticeUpload.ReadAsync(notice, ct);
        if (read.Error is { } error) return Results.Redirect($"/admin?error={error}");
        var draft = drafts.Add(http.User.Identity!.Name!, notice!.FileName, read.Text!);
        return Results.Redirect($"/admin/preview/{draft.Id:N}");
    }

    private static string LoginWith(string error, string back) =>
        $"{AdminArea.LoginPath}?error={error}&returnUrl={Uri.EscapeDataString(back)}";

    /// <summary>Only a path inside the admin area: an open redirect after sign-in would be a phishing aid.</summary>
    internal static string LocalOrAdmin(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/admin", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\') ? url : "/admin";
}
