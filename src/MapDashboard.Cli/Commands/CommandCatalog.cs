using System.CommandLine;

namespace MapDashboard.Cli.Commands;

/// <summary>Every verb of the CLI; each lives in its own file and exposes a static Create().</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        MigrateCommand.Create(),
        ReadNoticeCommand.Create(),
        ImportCommand.Create(),
        NoticesCommand.Create(),
        ExportCommand.Create(),
        GeodataBuildCommand.Create(),
        AdminCommand.Create(),
    ];
}
