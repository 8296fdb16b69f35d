using System.CommandLine;
using MapDashboard.Cli.Errors;
using MapDashboard.Data.Accounts;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// mapdash admin create-user --email E: the only way an editor account comes to be (the web app has no registration).
/// The password is the first line of stdin when stdin is not a terminal (`… &lt; file`, a pipe); otherwise, or when that
/// line is empty, one is generated and printed once, on stdout. Connects with ConnectionStrings__MapDashboard: the
/// accounts role's (`scripts/db url accounts`) is enough.
/// </summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var admin = new Command("admin", "Manage the editors who may sign in to /admin.");
        admin.Subcommands.Add(CreateUser());
        return admin;
    }

    private static Command CreateUser()
    {
        var email = new Option<string>("--email") { Description = "The editor's e-mail, also the sign-in name.", Required = true };
        var command = new Command("create-user",
            "Create an editor. The password is read from stdin (first line) when piped, else generated and printed once.")
        {
            email,
        };
        command.SetAction(async (parse, ct) =>
        {
            var connection = CliDatabase.ConnectionString();
            var given = Console.IsInputRedirected ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r') : null;
            var generated = string.IsNullOrEmpty(given);
            var password = generated ? EditorAccounts.GeneratePassword() : given!;
            var address = parse.GetValue(email)!.Trim();
            var errors = await EditorAccounts.CreateAsync(connection, address, password);
            if (errors.Count > 0)
                throw new CliException($"editor {address} not created: {string.Join(" ", errors)}");
            Console.WriteLine($"Editor {address} created.");
            if (generated)
                Console.WriteLine($"Password (shown once, keep it safe): {password}");
            return 0;
        });
        return command;
    }
}
