using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MapDashboard.Data.Tiles;
using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Features.Ogc.Tiles;

/// <summary>The tile path's z, y and x, read and checked against WebMercatorQuad in one place.</summary>
internal static class TileParameters
{
    public const string OutOfRange = "Parameter {0} must be a whole number from 0 to {1}; got '{2}'.";

    public static bool TryParse(string z, string y, string x, out TileAddress tile, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        tile = default;
        if (!TryIn("z", z, TileAddress.MaxZoom, out var zoom, out problem)) return false;
        var last = (int)((1L << zoom) - 1);
        if (!TryIn("y", y, last, out var row, out problem) || !TryIn("x", x, last, out var column, out problem)) return false;
        tile = new TileAddress(zoom, column, row);
        return true;
    }

    private static bool TryIn(string name, string text, int max, out int value, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        // Digits only: no sign, spaces or exponent; more than 9 digits cannot be in range anyway.
        value = 0;
        var ok = text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit)
                 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max;
        problem = ok ? null : new ParameterProblem(name, ParameterErrors.Format(OutOfRange, name, max, ParameterErrors.Shown(text)));
        return ok;
    }
}
