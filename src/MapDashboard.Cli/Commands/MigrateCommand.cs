using System.CommandLine;
using MapDashboard.Data.Accounts;
using MapDashboard.Data.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash migrate [--importer-role R --web-role R] [--accounts-role R]: applies the EF Core migrations of the notice data
/// and of the editors' accounts (schema accounts) as the schema's owner, then, given the roles, grants them exactly what
/// they need (<see cref="RoleGrants"/>). Run with the roles after every migration: a table a migration adds is readable
/// and writable only once the grants have been applied again.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var importerRole = new Option<string?>("--importer-role")
        {
            Description = "Role that `mapdash import` connects as: may read and write the imported tables, no DDL.",
        };
        var webRole = new Option<string?>("--web-role")
        {
            Description = "Role the web process connects as: may only read.",
        };
        var accountsRole = new Option<string?>("--accounts-role")
        {
            Description = "Role the web process signs editors in with: may only read and write the accounts tables.",
        };
        var command = new Command("migrate",
            "Apply EF Core migrations to the database named by ConnectionStrings__MapDashboard (as the schema's owner), " +
            "then grant the importer and web roles their privileges.")
        {
            importerRole, webRole, accountsRole,
        };
        command.SetAction(async (parse, ct) =>
        {
            var importer = parse.GetValue(importerRole);
            var web = parse.GetValue(webRole);
            var accounts = parse.GetValue(accountsRole);
            if ((importer is null) != (web is null))
            {
                Console.Error.WriteLine("Give both --importer-role and --web-role, or neither.");
                return 2;
            }
            await using var db = CliDatabase.CreateContext();
            try
            {
                await db.Database.MigrateAsync(ct);
                await using var accountsDb = AccountsDatabase.Create(CliDatabase.ConnectionString());
                await accountsDb.Database.MigrateAsync(ct);
                Console.WriteLine("Migrations applied.");
                if (importer is null || web is null)
                    Console.WriteLine("Grants left as they were (give --importer-role and --web-role to apply them).");
                else
                {
                    await RoleGrants.ApplyAsync(db, importer, web, ct);
                    Console.WriteLine($"Grants applied: {importer} reads and writes the imported tables, {web} reads them.");
                }
                if (accounts is not null)
                {
                    await RoleGrants.ApplyAccountsAsync(accountsDb, accounts, [importer ?? "", web ?? ""], ct);
                    Console.WriteLine($"Grants applied: {accounts} reads and writes the accounts tables, nothing else.");
                }
                return 0;
            }
            catch (Exception e) when (e is PostgresException or ArgumentException)
            {
                Console.Error.WriteLine($"mapdash migrate: {(e is PostgresException p ? p.MessageText : e.Message)}");
                return 1;
            }
        });
        return command;
    }
}
