using MapDashboard.Data.Accounts;
using MapDashboard.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>
/// The accounts role, the web process's sign-in connection, as `mapdash migrate --accounts-role` leaves it: it keeps the
/// editors' accounts and the Data Protection keys, and can neither see nor change the notice data. The other roles
/// cannot reach the accounts. 42501 is PostgreSQL's "insufficient privilege".
/// </summary>
public sealed class AccountsRoleTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    private const string InsufficientPrivilege = "42501";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static async Task Refused(string connectionString, string sql)
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => LeastPrivilegeDatabase.ExecuteAsync(connectionString, sql));
        Assert.True(e.SqlState == InsufficientPrivilege, $"{sql}: expected 42501, got {e.SqlState} {e.MessageText}");
    }

    [Fact]
    public async Task The_accounts_role_creates_an_editor_and_reads_it_back()
    {
        var errors = await EditorAccounts.CreateAsync(database.AccountsConnectionString, "reader@example.org", "a long enough password");
        Assert.Empty(errors);

        await using var accounts = AccountsDatabase.Create(database.AccountsConnectionString);
        var editor = await accounts.Users.SingleAsync(u => u.NormalizedEmail == "READER@EXAMPLE.ORG", _ct);
        Assert.Equal(PasswordVerificationResult.Success,
            new PasswordHasher<Editor>().VerifyHashedPassword(editor, editor.PasswordHash!, "a long enough password"));
    }

    [Fact]
    public async Task The_accounts_role_keeps_data_protection_keys()
    {
        await using var accounts = AccountsDatabase.Create(database.AccountsConnectionString);
        accounts.DataProtectionKeys.Add(new() { FriendlyName = "test-key", Xml = "<key/>" });
        await accounts.SaveChangesAsync(_ct);
        Assert.True(await accounts.DataProtectionKeys.AnyAsync(k => k.FriendlyName == "test-key", _ct));
    }

    [Fact]
    public async Task An_editor_whose_password_is_too_short_is_not_created()
    {
        var errors = await EditorAccounts.CreateAsync(database.AccountsConnectionString, "short@example.org", "elevenchars");
        Assert.NotEmpty(errors);
        await using var accounts = AccountsDatabase.Create(database.AccountsConnectionString);
        Assert.False(await accounts.Users.AnyAsync(u => u.NormalizedEmail == "SHORT@EXAMPLE.ORG", _ct));
    }

    [Theory]
    [InlineData("SELECT count(*) FROM notices")]
    [InlineData("SELECT count(*) FROM practices")]
    [InlineData("SELECT version FROM data_version")]
    [InlineData("INSERT INTO notices (id, title, text, text_sha256, imported_at) VALUES ('x', 'x', 'x', 'x', now())")]
    [InlineData("DELETE FROM practices")]
    [InlineData("UPDATE data_version SET version = version + 1")]
    [InlineData("SELECT * FROM \"__EFMigrationsHistory\"")]
    [InlineData("SELECT * FROM accounts.\"__AccountsMigrationsHistory\"")]
    [InlineData("CREATE TABLE accounts.made_by_accounts (id int)")]
    [InlineData("CREATE TABLE public.made_by_accounts (id int)")]
    [InlineData("CREATE TEMP TABLE made_by_accounts (id int)")]
    [InlineData("DROP TABLE accounts.\"AspNetUsers\"")]
    [InlineData("ALTER TABLE accounts.\"AspNetUsers\" ADD COLUMN made_by_accounts int")]
    public Task The_accounts_role_cannot_touch_the_notice_data_or_change_the_schema(string sql) =>
        Refused(database.AccountsConnectionString, sql);

    [Fact]
    public async Task Neither_the_web_role_nor_the_importer_can_read_the_accounts()
    {
        await Refused(database.WebConnectionString, "SELECT count(*) FROM accounts.\"AspNetUsers\"");
        await Refused(database.ImporterConnectionString, "SELECT count(*) FROM accounts.\"AspNetUsers\"");
        await Refused(database.WebConnectionString, "SELECT count(*) FROM accounts.data_protection_keys");
    }

    [Fact]
    public async Task The_accounts_role_owns_nothing_and_is_not_privileged()
    {
        Assert.Equal(0L, await LeastPrivilegeDatabase.ScalarAsync<long>(database.AdminConnectionString,
            $"SELECT count(*) FROM pg_class WHERE relowner = '{database.AccountsRole}'::regrole"));
        Assert.Equal(0L, await LeastPrivilegeDatabase.ScalarAsync<long>(database.AdminConnectionString,
            $"SELECT count(*) FROM pg_namespace WHERE nspowner = '{database.AccountsRole}'::regrole"));
        Assert.False(await LeastPrivilegeDatabase.ScalarAsync<bool>(database.AdminConnectionString,
            $"SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls FROM pg_roles WHERE rolname = '{database.AccountsRole}'"));
    }
}
