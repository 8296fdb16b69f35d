using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Accounts;

/// <summary>
/// The editors' accounts (ASP.NET Core Identity) and the web app's Data Protection keys, in a schema of their own
/// (<see cref="Schema"/>) with their own migrations and history table, apart from the notice data: the web process
/// reaches them as a role that may only read and write these tables (<see cref="Security.RoleGrants.ApplyAccountsAsync"/>),
/// while it reads the notice data as a read-only role. Keys kept here survive a restart, and so do sign-ins.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<Editor>(options), IDataProtectionKeyContext
{
    public const string Schema = "accounts";
    public const string HistoryTable = "__AccountsMigrationsHistory";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
