using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Notices.Metadata;

/// <summary>
/// Dates as notices print them, on normalised text: "May 12, 2021", "12 May 2021", "Aug. 30, 2021", "2021-05-12",
/// "2021/5/12", "2021.05.12" and "2021年5月12日". Only a real calendar day is a date ("2021-02-30" is not).
/// </summary>
public static partial class NoticeDates
{
    private const string Month =
        @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private const string Date =
        @"(?:" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})" +
        @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d{2})" +
        @"|(?<year>(?:19|20)\d{2})\s*(?<sep>[-/.])\s*(?<mnum>\d{1,2})\s*\k<sep>\s*(?<day>\d{1,2})" +
        @"|(?<year>(?:19|20)\d{2})\s*年\s*(?<mnum>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日)";

    [GeneratedRegex(@"(?<![\w-])" + Date + @"\s*[.;,]?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateAtEnd();

    [GeneratedRegex(@"^" + Date + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeDate();

    /// <summary>The date <paramref name="text"/> consists of (surrounding white space aside), else null.</summary>
    public static DateOnly? Parse(string text)
    {
        var m = WholeDate().Match(text.Trim());
        return m.Success ? ToDate(m) : null;
    }

    /// <summary>The date a short line ends with ("General Office of the NDRC August 30, 2021" → 2021-08-30), else null.</summary>
    public static DateOnly? AtEnd(string line)
    {
        var m = DateAtEnd().Match(line.TrimEnd());
        return m.Success ? ToDate(m) : null;
    }

    private static DateOnly? ToDate(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mnum"].Success
            ? int.Parse(m.Groups["mnum"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(m.Groups["month"].Value);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            a => a.Length > 0 && name.StartsWith(a, StringComparison.OrdinalIgnoreCase)) + 1;
}
