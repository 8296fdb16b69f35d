using MapDashboard.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MapDashboard.Web.Features.Admin;

/// <summary>
/// Whether this server has an admin area: it needs ConnectionStrings:Accounts (the accounts role: sign-in) and
/// ConnectionStrings:Import (the importer: publishing). Without them the rest of the app serves as before and /admin
/// says the area is switched off.
/// </summary>
public sealed record AdminAreaStatus(bool Enabled, string? ImportConnectionString)
{
    public static AdminAreaStatus Disabled { get; } = new(false, null);
}

/// <summary>The admin area's wiring: Identity with EF stores in the accounts schema, its cookie, its limits.</summary>
public static class AdminArea
{
    public const string AccountsConnection = "Accounts";
    public const string ImportConnection = "Import";
    public const string LoginPath = "/admin/login";
    public const string SignInPath = "/admin/account/sign-in";
    public const string SignOutPath = "/admin/account/sign-out";
    public const string UploadPath = "/admin/uploads";

    public static WebApplicationBuilder AddAdminArea(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var accounts = builder.Configuration.GetConnectionString(AccountsConnection);
        var import = builder.Configuration.GetConnectionString(ImportConnection);
        var enabled = !string.IsNullOrWhiteSpace(accounts) && !string.IsNullOrWhiteSpace(import);
        services.AddSingleton(enabled ? new AdminAreaStatus(true, import) : AdminAreaStatus.Disabled);
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddAdminRateLimits(builder.Configuration);
        if (!enabled)
        {
            // [Authorize] on the admin pages still needs a scheme to challenge with; nobody can sign in to it.
            services.AddAuthentication(IdentityConstants.ApplicationScheme)
                .AddCookie(IdentityConstants.ApplicationScheme, AdminCookie.Configure);
            return builder;
        }
        services.AddAccountsData(accounts!);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(AdminCookie.Configure);
        services.AddIdentityCore<Editor>(EditorAccounts.Configure)
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager();
        // Keys in the accounts schema: a restart (or a second instance) keeps sign-ins and antiforgery tokens valid.
        services.AddSharedKeyRing(builder.Configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AdminGazetteer>();
        services.AddSingleton<NoticeDrafts>();
        services.AddScoped<NoticePreviewService>();
        services.AddScoped<AdminNotices>();
        return builder;
    }

    /// <summary>
    /// After routing: who is signed in, what they may open, and an admin POST without a sign-in answered 401 whatever
    /// it aims at (a page, an endpoint, nothing), never a redirect or a page.
    /// </summary>
    public static WebApplication UseAdminArea(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWhen(IsAdminWriteWithoutSignIn, refuse => refuse.Run(http =>
            AdminCookie.RefuseAsync(http, StatusCodes.Status401Unauthorized)));
        return app;
    }

    public static WebApplication MapAdminArea(this WebApplication app)
    {
        if (app.Services.GetRequiredService<AdminAreaStatus>().Enabled)
            app.MapAdminEndpoints();
        return app;
    }

    private static bool IsAdminWriteWithoutSignIn(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/admin")
        && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
        && !http.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase)
        && http.User.Identity?.IsAuthenticated != true;
}
