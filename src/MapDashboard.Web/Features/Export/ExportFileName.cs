using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Export;

/// <summary>Download names that say what was exported: "ndrc-&lt;year&gt;-&lt;number&gt;-practices-p440000-m1.2.csv".</summary>
public static class ExportFileName
{
    private const int MaxListed = 3;

    public static string For(string noticeId, string dataset, DashboardFilter filter, string extension)
    {
        var parts = new List<string> { Safe(noticeId), dataset };
        if (filter.ProvinceCodes.Count > 0) parts.Add(Listed("p", filter.ProvinceCodes.Order(), filter.ProvinceCodes.Count, "provinces"));
        if (filter.Levels.Count > 0) parts.Add(Listed("l", filter.Levels.Order(), filter.Levels.Count, "levels"));
        if (filter.Measures is { Count: 0 }) parts.Add("no-measures");
        else if (filter.Measures is not null) parts.Add(Listed("m", filter.Measures.Order().Select(m => m.ToString()), filter.Measures.Count, "measures"));
        return string.Join('-', parts) + "." + extension;
    }

    private static string Listed(string key, IEnumerable<string> values, int count, string noun) =>
        count <= MaxListed ? key + string.Join('.', values) : $"{count}{noun}";

    private static string Safe(string s) => new(s.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
}
