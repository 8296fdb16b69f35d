using System.Collections.Concurrent;

namespace MapDashboard.Web.Shared;

/// <summary>
/// One copy, for the whole process, of a text that every open dashboard draws alike: a switch's accessible name, the
/// notice's title, a colour style. A component's render tree keeps the strings it drew for as long as the dashboard is
/// open, so a label formatted afresh by each circuit was one more copy per viewer (bench/README.md, circuits); handing
/// the tree the shared instance leaves one.
/// </summary>
/// <remarks>
/// Bounded: when it holds <see cref="Capacity"/> texts it starts again empty (texts of notices no longer shown go with
/// it), so a text is at worst copied again, never lost.
/// </remarks>
public static class SharedText
{
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>The shared instance of <paramref name="text"/> (the text itself the first time it is seen).</summary>
    public static string Of(string text)
    {
        if (Texts.TryGetValue(text, out var shared)) return shared;
        if (Texts.Count >= Capacity) Texts.Clear();
        return Texts.GetOrAdd(text, text);
    }
}
