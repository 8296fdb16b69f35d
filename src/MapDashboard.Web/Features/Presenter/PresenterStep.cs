namespace MapDashboard.Web.Features.Presenter;

/// <summary>What a step of the briefing is about.</summary>
public enum StepKind { Overview, Theme, Measure, Practice }

/// <summary>
/// One screen of the briefing: a short kicker line, the headline, up to three key figures, a few short points, and the
/// localities the map fits to and highlights.
/// </summary>
public sealed record PresenterStep(
    int Number,
    StepKind Kind,
    string Kicker,
    string Headline,
    IReadOnlyList<KeyFigure> Figures,
    IReadOnlyList<StepPoint> Points,
    IReadOnlyList<string> Codes,
    int ThemeNumber)
{
    /// <summary>Text shown under the figures when there is more than the screen can carry ("+ 6 more figures").</summary>
    public string? More { get; init; }

    /// <summary>Our Chinese title of a theme or measure step's headline (the notice has only the English); else null.</summary>
    public string? HeadlineZh { get; init; }

    /// <summary>The measure a measure or practice step belongs to; null for the overview and themes.</summary>
    public int? MeasureNumber { get; init; }
}

/// <summary>A figure as the back of the room reads it: "about" · "29,000" · "sets of public rental housing" · "Xiangtan City".</summary>
public sealed record KeyFigure(string Qualifier, string Value, string Label, string Where, bool Repaired);

/// <summary>A short line on a step (a measure title, a locality name); the theme colours its marker.</summary>
public sealed record StepPoint(string Text, int ThemeNumber, string? Secondary = null);
