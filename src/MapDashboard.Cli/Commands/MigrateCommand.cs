using System.CommandLine;
using MapDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply EF Core migrations to the database named by ConnectionStrings__MapDashboard.");
        command.SetAction(async (_, ct) =>
        {
            await using var db = CliDatabase.CreateContext();
            await db.Database.MigrateAsync(ct);
            Console.WriteLine("Migrations applied.");
            return 0;
        });
        return command;
    }
}
