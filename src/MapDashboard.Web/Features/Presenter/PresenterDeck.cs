using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MapDashboard.Web.Features.Presenter;

/// <summary>
/// Builds the briefing: overview, then each theme, then each of its measures (and, when asked, each practice of the
/// measure). Step numbers are 1-based and are the URL (/present/5).
/// </summary>
public static class PresenterDeck
{
    public const int MaxFigures = 3;
    public const int MaxPoints = 8;

    public static IReadOnlyList<PresenterStep> Build(
        string noticeTitle, IReadOnlyList<MeasureInfo> measures, IReadOnlyList<PracticeRow> rows, bool withPractices, CultureInfo culture,
        IStringLocalizer<SharedResource> texts, string noticeNumber = "")
    {
        var steps = new List<PresenterStep> { Overview(noticeTitle, noticeNumber, measures, rows, texts) };
        var themes = measures.GroupBy(m => m.ThemeNumber).OrderBy(g => g.Key).ToList();
        foreach (var theme in themes)
        {
            steps.Add(Theme(steps.Count + 1, theme.ToList(), themes.Count, rows, texts));
            foreach (var m in theme.OrderBy(m => m.Number))
            {
                var mine = rows.Where(r => r.MeasureNumber == m.Number).ToList();
                steps.Add(Measure(steps.Count + 1, m, measures.Count, mine, culture, texts));
                if (withPractices)
                    foreach (var p in mine) steps.Add(Practice(steps.Count + 1, m, p, culture, texts));
            }
        }
        return steps;
    }

    private static PresenterStep Overview(
        string noticeTitle, string noticeNumber, IReadOnlyList<MeasureInfo> measures, IReadOnlyList<PracticeRow> rows, IStringLocalizer<SharedResource> texts)
    {
        var themes = measures.GroupBy(m => (m.ThemeNumber, m.ThemeTitle)).Select(g => g.Key).OrderBy(t => t.ThemeNumber).ToList();
        var codes = Codes(rows);
        var figures = new List<KeyFigure>
        {
            new("", codes.Count.ToString(CultureInfo.InvariantCulture), texts["Presenter.PilotLocalities"], "", false),
            new("", measures.Count.ToString(CultureInfo.InvariantCulture), texts["Presenter.Measures"], "", false),
            new("", rows.Count.ToString(CultureInfo.InvariantCulture), texts["Presenter.Practices"], "", false),
        };
        return new PresenterStep(1, StepKind.Overview, texts["Presenter.OverviewKicker", noticeNumber],
            texts["Presenter.OverviewHeadline"], figures,
            themes.Select(t => new StepPoint(t.ThemeTitle, t.ThemeNumber)).ToList(), codes, 0)
        { More = noticeTitle };
    }

    private static PresenterStep Theme(
        int number, IReadOnlyList<MeasureInfo> measures, int themeCount, IReadOnlyList<PracticeRow> rows, IStringLocalizer<SharedResource> texts)
    {
        var theme = measures[0];
        var mine = rows.Where(r => r.ThemeNumber == theme.ThemeNumber).ToList();
        var codes = Codes(mine);
        var figures = new List<KeyFigure>
        {
            new("", codes.Count.ToString(CultureInfo.InvariantCulture), texts["Presenter.Localities"], "", false),
            new("", measures.Count.ToString(CultureInfo.InvariantCulture), texts["Presenter.Measures"], "", false),
        };
        return new PresenterStep(number, StepKind.Theme, texts["Presenter.ThemeKicker", theme.ThemeNumber, themeCount], theme.ThemeTitle, figures,
            measures.Select(m => new StepPoint($"({m.Number}) {m.Title}", m.ThemeNumber)).ToList(), codes, theme.ThemeNumber)
            { HeadlineZh = theme.ThemeTitleZh };
    }

    private static PresenterStep Measure(
        int number, MeasureInfo m, int measureCount, IReadOnlyList<PracticeRow> mine, CultureInfo culture, IStringLocalizer<SharedResource> texts)
    {
        // A bare percentage says little on a slide without its sentence, so counted things come first.
        var all = mine.SelectMany(r => r.Indicators.Where(i => i.Value is not null).Select(i => (Row: r, Figure: i)))
            .OrderBy(f => f.Figure.Unit == "%").ToList();
        // One figure per locality first, so three figures speak for three places rather than one.
        var chosen = all.GroupBy(f => f.Row.Code).Select(g => g.First())
            .Concat(all).Distinct().Take(MaxFigures)
            .Select(f => Key(f.Figure, f.Row.NameEn, culture)).ToList();
        var localities = mine.DistinctBy(r => r.Code).ToList();
        var points = localities.Take(MaxPoints).Select(r => new StepPoint(r.NameEn, m.ThemeNumber, r.NameZh)).ToList();
        var more = localities.Count > MaxPoints ? texts["Presenter.MoreLocalities", localities.Count - MaxPoints].Value : null;
        return new PresenterStep(number, StepKind.Measure, texts["Presenter.MeasureKicker", m.ThemeNumber, m.Number, measureCount], m.Title,
            chosen, points, Codes(mine), m.ThemeNumber) { More = more, MeasureNumber = m.Number, HeadlineZh = m.TitleZh };
    }

    private static PresenterStep Practice(int number, MeasureInfo m, PracticeRow p, CultureInfo culture, IStringLocalizer<SharedResource> texts)
    {
        var figures = p.Indicators.Where(i => i.Value is not null).Take(MaxFigures).Select(i => Key(i, "", culture)).ToList();
        var points = new List<StepPoint> { new($"{LevelLabels.Of(p.Level, texts)} · {p.ProvinceNameEn}", m.ThemeNumber, p.ProvinceNameZh) };
        return new PresenterStep(number, StepKind.Practice, texts["Presenter.PracticeKicker", m.Number, m.Title], $"{p.NameEn} {p.NameZh}",
            figures, points, [p.Code], m.ThemeNumber) { More = figures.Count == 0 ? p.Excerpt : null, MeasureNumber = m.Number };
    }

    private static KeyFigure Key(IndicatorRow f, string where, CultureInfo culture)
    {
        var percent = f.Unit == "%";
        var value = CompactNumber.Format(f.Value!.Value, culture) + (percent ? "%" : "");
        var qualifier = Shared.Localization.Cultures.IsChinese(culture) ? Shared.Figures.FigureFormat.QualifierZh(f.Qualifier) : f.Qualifier;
        return new KeyFigure(qualifier, value, percent ? "" : f.Unit, where, f.Repaired);
    }

    private static List<string> Codes(IEnumerable<PracticeRow> rows) => rows.Select(r => r.Code).Distinct().Order().ToList();
}
