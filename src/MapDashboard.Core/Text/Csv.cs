using System.Text;

namespace MapDashboard.Core.Text;

/// <summary>Minimal RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; quotes doubled.</summary>
public static class Csv
{
    public static string FormatRow(IEnumerable<string?> fields) => string.Join(',', fields.Select(Escape));

    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }

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
