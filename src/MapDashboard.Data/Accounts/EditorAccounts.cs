using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MapDashboard.Data.Accounts;

/// <summary>
/// The rules an editor's account follows, in one place for the web app's sign-in and the CLI that creates accounts:
/// passwords of at least <see cref="MinimumPasswordLength"/> characters (length over character classes), a unique
/// e-mail as the user name, lock-out after <see cref="MaxFailedAttempts"/> wrong passwords.
/// </summary>
public static class EditorAccounts
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequiredUniqueChars = 4;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>A password for a new editor: 24 letters and digits from the system's CSPRNG (about 143 bits).</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24);

    /// <summary>
    /// Creates an editor whose user name is <paramref name="email"/>. Returns Identity's errors (a password too short,
    /// an e-mail already taken, an invalid e-mail) instead of throwing; nothing is written when there are any.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(string connectionString, string email, string password)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<AccountsDbContext>(o => AccountsDatabase.Configure(o, connectionString, retry: false));
        services.AddIdentityCore<Editor>(Configure).AddEntityFrameworkStores<AccountsDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Editor>>();
        var result = await users.CreateAsync(new Editor { UserName = email, Email = email, EmailConfirmed = true }, password);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }
}
