namespace MapDashboard.Core.Notices;

/// <summary>A half-open range [Start, End) of UTF-16 indices into the notice text as read by File.ReadAllText.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public string Of(string text) => text[Start..End];
}

/// <summary>"First, improve …": a theme grouping measures.</summary>
public sealed record NoticeTheme(int Number, string Title, TextRange Range);

/// <summary>A numbered measure: its paragraph, lead sentence and a short title taken from the lead.</summary>
public sealed record NoticeMeasure(int Number, int ThemeNumber, string Title, string Lead, TextRange LeadRange, TextRange Paragraph);

/// <summary>The notice proper: what follows "The full text is as follows:".</summary>
public sealed record NoticeStructure(string Title, IReadOnlyList<NoticeTheme> Themes, IReadOnlyList<NoticeMeasure> Measures);
