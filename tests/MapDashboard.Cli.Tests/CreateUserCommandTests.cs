using System.Text.RegularExpressions;
using MapDashboard.Data.Accounts;
using MapDashboard.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// `mapdash admin create-user`, run as the accounts role (what `scripts/db url accounts` prints): the only way an editor
/// comes to be. The password comes from stdin or is generated and shown once.
/// </summary>
public sealed partial class CreateUserCommandTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    private async Task<Editor?> FindAsync(string email)
    {
        await using var accounts = AccountsDatabase.Create(database.AccountsConnectionString);
        return await accounts.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    private static bool Verifies(Editor editor, string password) =>
        new PasswordHasher<Editor>().VerifyHashedPassword(editor, editor.PasswordHash!, password) != PasswordVerificationResult.Failed;

    [Fact]
    public async Task A_password_piped_in_becomes_the_editors_password_and_is_not_printed()
    {
        var run = await Mapdash.RunWithInputAsync(database.AccountsConnectionString, "correct horse battery staple\n",
            "admin", "create-user", "--email", "piped@example.org");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("correct horse", run.Stdout);
        var editor = await FindAsync("piped@example.org");
        Assert.NotNull(editor);
        Assert.True(Verifies(editor, "correct horse battery staple"));
    }

    [Fact]
    public async Task Without_a_password_one_is_generated_printed_once_and_works()
    {
        var run = await Mapdash.RunWithInputAsync(database.AccountsConnectionString, "", "admin", "create-user", "--email", "generated@example.org");

        Assert.True(run.ExitCode == 0, run.ToString());
        var password = GeneratedPassword().Match(run.Stdout);
        Assert.True(password.Success, run.ToString());
        var editor = await FindAsync("generated@example.org");
        Assert.NotNull(editor);
        Assert.True(Verifies(editor, password.Groups[1].Value));
    }

    [Fact]
    public async Task A_password_shorter_than_twelve_characters_is_refused_in_one_line_and_nobody_is_created()
    {
        var run = await Mapdash.RunWithInputAsync(database.AccountsConnectionString, "short pw\n", "admin", "create-user", "--email", "short@example.org");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("mapdash: ", Assert.Single(run.StderrLines));
        Assert.Contains("12", run.Stderr);
        Assert.Null(await FindAsync("short@example.org"));
    }

    [Fact]
    public async Task The_same_email_twice_is_refused()
    {
        var first = await Mapdash.RunWithInputAsync(database.AccountsConnectionString, "first long password\n", "admin", "create-user", "--email", "twice@example.org");
        Assert.True(first.ExitCode == 0, first.ToString());

        var second = await Mapdash.RunWithInputAsync(database.AccountsConnectionString, "second long password\n", "admin", "create-user", "--email", "twice@example.org");

        Assert.Equal(1, second.ExitCode);
        Assert.True(Verifies((await FindAsync("twice@example.org"))!, "first long password"));
    }

    [Fact]
    public async Task The_web_role_cannot_create_an_editor()
    {
        var run = await Mapdash.RunWithInputAsync(database.WebConnectionString, "a long enough password\n", "admin", "create-user", "--email", "web@example.org");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("mapdash: ", Assert.Single(run.StderrLines));
    }

    [GeneratedRegex(@"Password \(shown once[^)]*\): (\S{24})\s*$", RegexOptions.Multiline)]
    private static partial Regex GeneratedPassword();
}
