using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared.Localization;

namespace MapDashboard.Web.Features.Compare;

/// <summary>The notice a compare column comes from, as its head names it.</summary>
public sealed record CompareNotice(string Id, string Number, string Title, string? TitleZh)
{
    public static CompareNotice From(NoticeSummary s) => new(s.Id, s.Number, s.Title, s.TitleZh);

    /// <summary>The title in the interface's language (the English one when the text has no Chinese title).</summary>
    public string TitleIn(CultureInfo culture) => Cultures.IsChinese(culture) && !string.IsNullOrWhiteSpace(TitleZh) ? TitleZh : Title;

    /// <summary>The language of <see cref="TitleIn"/>'s answer, for the lang attribute.</summary>
    public string TitleLang(CultureInfo culture) => Cultures.IsChinese(culture) && !string.IsNullOrWhiteSpace(TitleZh) ? "zh-CN" : "en";

    /// <summary>The document number, or the title for a notice without one.</summary>
    public string Short(CultureInfo culture) => string.IsNullOrWhiteSpace(Number) ? TitleIn(culture) : Number;
}

/// <summary>A place the picker offers: a locality as one published notice credits it.</summary>
public sealed record ComparePlaceOption(LocalityOption Place, CompareNotice Notice)
{
    public ComparePlace ToPlace() => new(Place.Code, Notice.Id);
}

/// <summary>Why a place of the URL has no column.</summary>
public enum CompareMissKind
{
    /// <summary>No published notice has the id the place (or the page's notice=) names.</summary>
    UnknownNotice,
    /// <summary>The notice exists but credits no practice to the place.</summary>
    NotInNotice,
}

/// <summary>A place of the URL left out, and why; <paramref name="Notice"/> is the id or text the URL gave.</summary>
public sealed record CompareMiss(string Code, string? Notice, CompareMissKind Kind);
