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

/// <summary>
/// The notice proper, from its title on: whatever surrounded it (breadcrumbs, a news lead) is not part of it.
/// <see cref="Title"/> is the English title; the rest of what the notice says about itself (number, Chinese title, date,
/// source) is read by pattern (<see cref="Metadata.NoticeMetadata"/>) and null when the text does not carry it.
/// </summary>
public sealed record NoticeStructure(string Title, IReadOnlyList<NoticeTheme> Themes, IReadOnlyList<NoticeMeasure> Measures)
{
    /// <summary>The document number printed under the title; null when the text has none (the reader then refuses the text).</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The Chinese title, when the text carries one.</summary>
    public string? TitleZh { get; init; }

    /// <summary>The issue date printed in the notice (its signature's date).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Where the text says it came from ("Source: ..." or a web address on a line of its own).</summary>
    public string? Source { get; init; }

    /// <summary>The notice's id, a slug of its document number ("ndrc-2021-12"); null without a number.</summary>
    public string? Id => Number?.Slug;
}
