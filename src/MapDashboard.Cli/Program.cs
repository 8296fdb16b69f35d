using System.CommandLine;
using MapDashboard.Cli.Commands;
using MapDashboard.Cli.Errors;

var root = new RootCommand("mapdash: build geodata, read the notice, import into and export from PostGIS.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await CliErrorPolicy.InvokeAsync(root.Parse(args), Console.Error);
