namespace MapDashboard.Core.Notices;

/// <summary>A half-open range [Start, End) of UTF-16 indices into the notice text as read by File.ReadAllText (the original,
/// not its normalised form).</summary>
public readonly record struct TextRange(int Start, int End)
{
    public string Of(string text) => text[Start..End];
}

/// <summary>"First, improve …": a theme grouping measures.</summary>
public sealed record NoticeTheme(int Number, string Title, TextRange Range);

/// <summary>A numbered measure: its paragraph, lead sentence and a short title taken from the lead.</summary>
public sealed record NoticeMeasure(int Number, int ThemeNumber, string Title, string Lead, TextRange LeadRange, TextRange Paragraph);

/// <summary>The notice proper, from its title on: whatever surrounded it (breadcrumbs, a news lead) is not part of it.</summary>
public sealed record NoticeStructure(string Title, IReadOnlyList<NoticeTheme> Themes, IReadOnlyList<NoticeMeasure> Measures)
{
    /// <summary>The document number printed under the title; null when the text has none.</summary>
    public DocumentNumber? Number { get; init; }
}
