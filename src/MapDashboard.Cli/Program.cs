using System.CommandLine;
using MapDashboard.Cli.Commands;

var root = new RootCommand("mapdash: build geodata, read the notice, import into and export from PostGIS.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
