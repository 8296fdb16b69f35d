using Microsoft.AspNetCore.Authentication.Cookies;

namespace MapDashboard.Web.Features.Admin;

/// <summary>
/// The editors' sign-in cookie: HttpOnly, Secure whenever the request is HTTPS, SameSite=Strict, for a working day.
/// A page (GET) without a sign-in goes to the login page; anything else (a form post, an upload) gets 401/403 with a
/// problem body, never a redirect that would end in 200.
/// </summary>
internal static class AdminCookie
{
    public static void Configure(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "MapDashboard.Admin";
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.LoginPath = AdminArea.LoginPath;
        o.LogoutPath = AdminArea.SignOutPath;
        o.AccessDeniedPath = AdminArea.LoginPath;
        o.Events.OnRedirectToLogin = c => RedirectOrRefuse(c, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => RedirectOrRefuse(c, StatusCodes.Status403Forbidden);
    }

    private static Task RedirectOrRefuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> c, int status)
    {
        if (HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method))
        {
            c.Response.Redirect(c.RedirectUri);
            return Task.CompletedTask;
        }
        return RefuseAsync(c.HttpContext, status);
    }

    public static Task RefuseAsync(HttpContext http, int status) =>
        Results.Problem(statusCode: status,
            title: status == StatusCodes.Status401Unauthorized ? "Sign-in required" : "Not allowed",
            detail: "Sign in to the admin area first.").ExecuteAsync(http);
}
