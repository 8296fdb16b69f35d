using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shell;

namespace MapDashboard.Web.Features.Export;

/// <summary>
/// How an exported picture and a printout name what they show: the notice's number and title in the interface's
/// language, from the data (a number written in code would go stale with the next notice).
/// </summary>
public static class ExportHeading
{
    private const string Product = "MapDashboard";

    /// <summary>"发改办规划〔2023〕901号 · title" (the English title in English); the product's name without a notice.</summary>
    public static string Title(NoticeSummary? notice, CultureInfo culture) =>
        notice is null ? Product : new NoticeChoice(notice.Id, notice.Number, notice.Title, notice.TitleZh).Label(culture);

    /// <summary>The last line: product, the notice's number and <paramref name="dated"/> (e.g. "exported {0}").</summary>
    public static string Footer(NoticeSummary? notice, string dated) =>
        string.Join(" · ", new[] { Product, notice?.Number, dated }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
