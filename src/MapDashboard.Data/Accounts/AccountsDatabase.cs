using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Accounts;

/// <summary>How the accounts context connects: its own migrations history table, in its own schema.</summary>
public static class AccountsDatabase
{
    /// <summary>Outside dependency injection (CLI verbs, tests): no retries, like <see cref="MapDashboardDbContextFactory"/>.</summary>
    public static AccountsDbContext Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        Configure(options, connectionString, retry: false);
        return new AccountsDbContext(options.Options);
    }

    /// <summary>
    /// The web app's registration: a context per request or circuit operation. Identity's stores issue single
    /// statements, so EF's retrying strategy may repeat them after a database restart.
    /// </summary>
    public static IServiceCollection AddAccountsData(this IServiceCollection services, string connectionString) =>
        services.AddDbContext<AccountsDbContext>(o => Configure(o, connectionString, retry: true));

    internal static void Configure(DbContextOptionsBuilder options, string connectionString, bool retry) =>
        options.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsHistoryTable(AccountsDbContext.HistoryTable, AccountsDbContext.Schema);
            if (retry) npgsql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(1), null);
        });
}

/// <summary>Lets `dotnet ef migrations add --context AccountsDbContext` build the model without a database.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => AccountsDatabase.Create("Host=127.0.0.1;Database=design_time");
}
