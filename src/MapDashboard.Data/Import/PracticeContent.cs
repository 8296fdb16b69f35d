using System.Globalization;
using MapDashboard.Core.Notices;
using MapDashboard.Data.Entities;

namespace MapDashboard.Data.Import;

/// <summary>When a stored practice equals a reading of it, shared by the comparer and the importer so they cannot disagree.</summary>
internal static class PracticeContent
{
    public static bool Same(Practice row, PracticeRecord p, IReadOnlyList<Indicator> wanted) =>
        row.Excerpt == p.Excerpt && row.Start == p.Range.Start && row.End == p.Range.End
        && InTextOrder(row.Indicators).Select(Signature).SequenceEqual(wanted.Select(Signature));

    /// <summary>A practice's figures as rows to store, in text order.</summary>
    public static List<Indicator> Figures(IEnumerable<IndicatorRecord> read) => read.OrderBy(i => i.Range.Start).Select(ToEntity).ToList();

    public static IEnumerable<Indicator> InTextOrder(IEnumerable<Indicator> rows) => rows.OrderBy(i => i.Start);

    /// <summary>What a figure says, without where it sits in the text.</summary>
    public static string Content(Indicator i) =>
        $"{i.Value?.ToString("0.####", CultureInfo.InvariantCulture)}|{i.Unit}|{i.Qualifier}|{i.SourcePhrase}|{i.Note}|{i.Repaired}";

    /// <summary>"about 6000 people"; a figure kept as text shows its source phrase.</summary>
    public static string Describe(Indicator i) =>
        i.Value is { } v ? $"{i.Qualifier} {v.ToString("0.####", CultureInfo.InvariantCulture)} {i.Unit}".Trim() : $"\"{i.SourcePhrase}\" (text)";

    private static string Signature(Indicator i) => $"{Content(i)}|{i.Start}|{i.End}";

    private static Indicator ToEntity(IndicatorRecord i) => new()
    {
        Value = i.Value, Unit = i.Unit, Qualifier = i.Qualifier, SourcePhrase = i.SourcePhrase,
        Start = i.Range.Start, End = i.Range.End, Note = i.Note, Repaired = i.Repaired,
    };
}
