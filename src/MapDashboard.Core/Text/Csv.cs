using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace MapDashboard.Core.Text;

/// <summary>
/// RFC 4180 CSV. Writing goes through CsvHelper (<see cref="Write"/>): fields quoted when they hold a comma, quote or
/// line break, quotes doubled. Reading keeps our small reader, which names the line of a broken quote.
/// </summary>
public static class Csv
{
    /// <summary>
    /// Writes <paramref name="header"/> and <paramref name="records"/> with <paramref name="newLine"/> after each.
    /// <paramref name="excelSafe"/>: a field starting with = + - @ (tab, CR) gets a leading apostrophe, so a
    /// spreadsheet shows text from a notice as text instead of running it as a formula.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> records,
        string newLine = "\n", bool excelSafe = false)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = newLine,
            ShouldQuote = args => args.Field is { } f && f.AsSpan().IndexOfAny(QuoteWhen) >= 0,
            InjectionOptions = excelSafe ? InjectionOptions.Escape : InjectionOptions.None,
        };
        using var csv = new CsvWriter(writer, config, leaveOpen: true);
        foreach (var record in records.Prepend(header))
        {
            foreach (var field in record) csv.WriteField(field ?? "");
            csv.NextRecord();
        }
    }

    private static readonly System.Buffers.SearchValues<char> QuoteWhen = System.Buffers.SearchValues.Create(",\"\n\r");

    /// <summary>Reads every record; a quoted field may span lines. Throws FormatException with the line number on a broken quote.</summary>
    public static IEnumerable<string[]> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, any = false;
        int line = 1, c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return fields.ToArray();
                    fields.Clear(); any = false; line++;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (inQuotes) throw new FormatException($"CSV: a quoted field opened before line {line} is never closed.");
        if (any) { fields.Add(field.ToString()); yield return fields.ToArray(); }
    }
}
