using System.Text;

namespace MapDashboard.Web.Tests.Hardening;

/// <summary>
/// Generates malformed requests over given route patterns, reproducibly (a fixed seed): every query parameter the app
/// reads, and made-up ones, with wrong types, huge and negative numbers, NaN, long lists, non-ASCII, encoded slashes,
/// markup, repeated parameters; route parameters ({level}, {Step:int}, {**rest}) get the same treatment.
/// </summary>
internal static class MalformedRequests
{
    /// <summary>Every query parameter some route reads, and two nobody reads.</summary>
    public static readonly string[] Parameters =
    [
        "tolerance", "p", "l", "m", "sel", "mode", "view", "from", "to", "practices", "codes", "unit", "culture",
        "redirect", "nonsense", "中文",
    ];

    public static readonly string[] Values =
    [
        "", " ", "abc", "maybe", "NaN", "nan", "Infinity", "-Infinity", "1e309", "-1e309", "-1", "-0", "0", "1", "0.01",
        "0.0100", "1e-2", "0.0123", "5", "99999999999999999999", "-99999999999", "2147483648", "0x10", "1,5", "1;2",
        "true", "TRUE", "yes", "null", "undefined", "[]", "{}", "中", "中文,广东", "%E4%B8%AD", "%FF%FE", "%C0%AF",
        "%00", "%0D%0ALocation:%20x", "%2F", "..%2F..%2Fetc%2Fpasswd", "%2F%2Fevil.example", "/%5Cevil.example",
        "//evil.example", "/中", "/notice?from=1", "<script>alert(1)</script>", "' OR 1=1 --", "%", "%%", "+", "%20",
        "440000", "440000,440000,440000", "999999", "000000", "4400000000", "province", "town,town,planet",
        "provinces", "0,0,0", "90,180,20", "91,181,21", "NaN,NaN,NaN", "1e308,1e308,1e308", "440114,510184",
        "440114,440114,440114,440114,440114", "zh-CN", "en", "xx-YY", "EN", "zh-cn,en",
        string.Join(",", Enumerable.Range(0, 2000)), new string('9', 5000), string.Concat(Enumerable.Repeat("中", 3000)),
    ];

    private static readonly string[] Segments =
    [
        "province", "county", "planet", "PROVINCE", "1", "0", "-1", "2147483648", "99999999999", "NaN", "%2F", "..%2F..",
        "%2e%2e", "中", "%E4%B8%AD", "%FF", "practices.csv", "figures.csv", "practices.geojson", "x.csv", "a/b/c",
        new string('a', 3000),
    ]; // No %00 in a path: Kestrel refuses it with 400 before the app, and the test server's client throws on it.

    /// <summary><paramref name="count"/> request targets (path and query) spread evenly over <paramref name="routes"/>.</summary>
    public static IEnumerable<(string Method, string Target)> Generate(IReadOnlyList<string> routes, int count, int seed = 15)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var route = routes[i % routes.Count];
            var method = route.StartsWith("/api/export", StringComparison.Ordinal) && random.Next(4) == 0 ? "HEAD" : "GET";
            yield return (method, Path(route, random) + Query(random));
        }
    }

    private static string Path(string route, Random random)
    {
        var path = new StringBuilder();
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries))
            path.Append('/').Append(segment.StartsWith('{') ? Pick(Segments, random) : segment);
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Query(Random random)
    {
        var parts = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var name = Pick(Parameters, random);
            var value = Escape(Pick(Values, random), random);
            parts.Add($"{Uri.EscapeDataString(name)}={value}");
            if (random.Next(5) == 0) parts.Add($"{Uri.EscapeDataString(name)}={Escape(Pick(Values, random), random)}"); // repeated
        }
        return "?" + string.Join('&', parts);
    }

    // Values already holding %-escapes go as they are (to test the decoder); others are escaped, or sent raw now and then.
    private static string Escape(string value, Random random) =>
        value.Contains('%') || random.Next(4) == 0 ? value.Replace(" ", "%20").Replace("#", "%23").Replace("&", "%26") : Uri.EscapeDataString(value);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
