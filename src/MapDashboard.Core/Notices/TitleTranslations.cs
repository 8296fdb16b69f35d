using System.Globalization;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Notices;

/// <summary>
/// Our own short Chinese titles for a notice's themes and measures (the notice we read is an English machine
/// translation; these are not the original's wording and the UI marks them as ours). They are data, kept beside the
/// notice as seeds/&lt;slug&gt;.titles-zh.csv (found by document number, like the review file): columns kind (theme or
/// measure), number, title_zh.
/// </summary>
public sealed class TitleTranslations
{
    public const string FileSuffix = ".titles-zh.csv";

    public static readonly string[] Header = ["kind", "number", "title_zh"];

    private readonly Dictionary<int, string> _themes;
    private readonly Dictionary<int, string> _measures;

    private TitleTranslations(Dictionary<int, string> themes, Dictionary<int, string> measures) =>
        (_themes, _measures) = (themes, measures);

    public static TitleTranslations None { get; } = new([], []);

    /// <summary>Our Chinese title of theme <paramref name="number"/>, or null when there is none.</summary>
    public string? Theme(int number) => _themes.GetValueOrDefault(number);

    /// <summary>Our Chinese title of measure <paramref name="number"/>, or null when there is none.</summary>
    public string? Measure(int number) => _measures.GetValueOrDefault(number);

    public int Count => _themes.Count + _measures.Count;

    public static TitleTranslations Read(TextReader reader)
    {
        var rows = Csv.ReadRecords(reader).ToList();
        if (rows.Count == 0 || !rows[0].SequenceEqual(Header))
            throw new FormatException($"Titles file: the first line must be {string.Join(',', Header)}.");
        var themes = new Dictionary<int, string>();
        var measures = new Dictionary<int, string>();
        for (var i = 1; i < rows.Count; i++)
        {
            var f = rows[i];
            if (f.Length == 1 && f[0].Length == 0) continue;
            if (f.Length != Header.Length) throw new FormatException($"Titles file line {i + 1}: {f.Length} fields, expected {Header.Length}.");
            if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                throw new FormatException($"Titles file line {i + 1}: '{f[1]}' is not a theme or measure number.");
            var title = f[2].Trim();
            if (title.Length is 0 or > 60) throw new FormatException($"Titles file line {i + 1}: a title has 1 to 60 characters.");
            var target = f[0] switch
            {
                "theme" => themes,
                "measure" => measures,
                _ => throw new FormatException($"Titles file line {i + 1}: kind '{f[0]}' is not theme or measure."),
            };
            if (!target.TryAdd(number, title)) throw new FormatException($"Titles file line {i + 1}: {f[0]} {number} appears twice.");
        }
        return new TitleTranslations(themes, measures);
    }

    public static TitleTranslations ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>The titles of the notice numbered <paramref name="number"/> from the first folder holding its file; None when none does.</summary>
    public static TitleTranslations For(DocumentNumber? number, IEnumerable<string> folders)
    {
        if (number is null) return None;
        var path = folders.Select(f => Path.GetFullPath(Path.Combine(f, number.Slug + FileSuffix))).FirstOrDefault(File.Exists);
        return path is null ? None : ReadFile(path);
    }
}
