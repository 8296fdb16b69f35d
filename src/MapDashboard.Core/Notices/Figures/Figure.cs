namespace MapDashboard.Core.Notices.Figures;

public enum FigureKind
{
    /// <summary>A number of something, possibly repaired.</summary>
    Quantity,
    /// <summary>A year ("20 14" → 2014). Years date things; they are not indicators.</summary>
    Year,
    /// <summary>A figure garbled beyond recovery ("0/0"): kept as text, never shown as a number.</summary>
    Unrecoverable,
}

/// <summary>A figure read from a sentence, before any review decision.</summary>
/// <param name="Range">The source phrase: qualifier, number and the words saying what is counted.</param>
/// <param name="Value">Normalised value; null for an unrecoverable figure.</param>
/// <param name="Scaled">The number carried "million" or "billion" (万 is often mistranslated as "million").</param>
public sealed record Figure(
    FigureKind Kind,
    TextRange Range,
    string SourcePhrase,
    decimal? Value,
    string Unit,
    string Qualifier,
    string Note,
    bool Repaired,
    bool Scaled);
