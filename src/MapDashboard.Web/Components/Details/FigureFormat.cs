using System.Globalization;
using MapDashboard.Data.Queries;

namespace MapDashboard.Web.Components.Details;

/// <summary>How a figure reads on a chip: "about 12,000 compulsory education places".</summary>
public static class FigureFormat
{
    public static string Value(decimal value, CultureInfo culture) =>
        value == decimal.Truncate(value) ? value.ToString("N0", culture) : value.ToString("#,0.##", culture);

    public static string Chip(IndicatorRow f, CultureInfo culture)
    {
        if (f.Value is null) return f.SourcePhrase;
        var parts = new[] { f.Qualifier, Value(f.Value.Value, culture), f.Unit == "%" ? null : f.Unit };
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return f.Unit == "%" ? text + "%" : text;
    }
}
