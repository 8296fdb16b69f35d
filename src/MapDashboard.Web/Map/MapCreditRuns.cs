using System.Text.RegularExpressions;

namespace MapDashboard.Web.Map;

/// <summary>A piece of the map's credit line: Chinese characters (marked as Chinese on the page) or other text.</summary>
public readonly record struct MapCreditRun(string Text, bool Chinese);

/// <summary>Cuts a line of Latin text into its runs of Chinese characters and the rest (the credit's 天地图).</summary>
public static partial class MapCreditRuns
{
    // The same ranges as baseMap.js's HAN_RUN, so the prerendered line and Leaflet's are cut alike.
    [GeneratedRegex(@"[\u3400-\u9fff\uf900-\ufaff]+")]
    private static partial Regex HanRun();

    public static IEnumerable<MapCreditRun> Of(string text)
    {
        var at = 0;
        foreach (Match run in HanRun().Matches(text))
        {
            if (run.Index > at) yield return new(text[at..run.Index], false);
            yield return new(run.Value, true);
            at = run.Index + run.Length;
        }
        if (at < text.Length) yield return new(text[at..], false);
    }
}
