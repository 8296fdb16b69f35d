using Bunit;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard.Filters;
using MapDashboard.Web.Tests.Localization;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Measures and themes read in our Chinese in the Chinese interface, marked as ours, beside the notice's English.</summary>
public sealed class OurChineseTitlesTests : AppBunitContext
{
    private static readonly IReadOnlyList<MeasureInfo> Measures =
    [
        new(1, 1, "Urbanization of migrants", "Household registration", "(1) lead") { TitleZh = "深化户籍制度改革", ThemeTitleZh = "提高农业转移人口市民化质量" },
        new(10, 3, "Urban-rural integration", "Rural finance", "(10) lead"),
    ];

    private IRenderedComponent<FilterPanel> RenderPanel() => Render<FilterPanel>(p => p
        .Add(x => x.Filter, DashboardFilter.None)
        .Add(x => x.Facets, DashboardSamples.Facets())
        .Add(x => x.Measures, Measures));

    [Fact]
    public void In_Chinese_a_measure_shows_our_title_marked_as_ours_and_the_notices_English()
    {
        using var culture = new CultureScope("zh-CN");
        var measure = RenderPanel().Find("[data-testid='measure-1']").Closest("label") ?? throw new InvalidOperationException();
        Assert.Contains("深化户籍制度改革", measure.TextContent);
        Assert.Contains("（译）", measure.TextContent);
        Assert.Contains("Household registration", measure.TextContent);
        Assert.Equal("我们的翻译，非通知原文", measure.QuerySelector("abbr.our-translation")!.GetAttribute("title"));
    }

    [Fact]
    public void In_Chinese_a_measure_without_our_title_shows_the_English_unmarked()
    {
        using var culture = new CultureScope("zh-CN");
        var measure = RenderPanel().Find("[data-testid='measure-10']").Closest("label")!;
        Assert.Contains("Rural finance", measure.TextContent);
        Assert.DoesNotContain("（译）", measure.TextContent);
    }

    [Fact]
    public void In_English_only_the_notices_title_is_shown()
    {
        using var culture = new CultureScope("en");
        var panel = RenderPanel();
        Assert.DoesNotContain("深化户籍制度改革", panel.Markup);
        Assert.Contains("Household registration", panel.Find("[data-testid='measure-1']").Closest("label")!.TextContent);
    }
}
