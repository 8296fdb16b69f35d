using Bunit;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard.Details;
using Microsoft.AspNetCore.Components;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

public class LocalityDetailTests : AppBunitContext
{

    private IRenderedComponent<LocalityDetail> RenderChenzhou(string excerpt = "Chenzhou increased places.") =>
        Render<LocalityDetail>(p => p.Add(x => x.Practices,
        [
            DashboardSamples.Row(2, "431000", "郴州市", "Chenzhou City", "Hunan Province", "湖南省", excerpt,
                DashboardSamples.RepairedPlaces, DashboardSamples.TextOnly),
            DashboardSamples.Row(10, "431000", "郴州市", "Chenzhou City", "Hunan Province", "湖南省", "Loans.", DashboardSamples.Loans),
        ]));

    [Fact]
    public void The_panel_names_the_locality_in_Chinese_and_English_with_level_and_province()
    {
        var detail = RenderChenzhou();
        Assert.Equal("郴州市", detail.Find("[data-testid='detail-name-zh']").TextContent);
        Assert.Contains("Chenzhou City", detail.Markup);
        Assert.Contains("湖南省 Hunan Province", detail.Find(".detail-meta").TextContent);
    }

    [Fact]
    public void Every_measure_of_the_locality_is_listed_with_its_excerpt()
    {
        var detail = RenderChenzhou();
        Assert.Equal(2, detail.FindAll("[data-testid='detail-practice']").Count);
    }

    [Fact]
    public void A_repaired_figure_shows_its_value_with_thousands_separators_and_a_repair_mark()
    {
        var chip = RenderChenzhou().Find("[data-testid='figure-repaired']");
        Assert.Contains("about 12,000 compulsory education places", chip.TextContent);
        Assert.Contains("repaired", chip.GetAttribute("aria-label"));
        Assert.Contains("6.5438+0 stands for 1", chip.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_figure_that_could_not_be_read_stays_text_and_shows_no_number()
    {
        var chip = RenderChenzhou().Find("[data-testid='figure-text']");
        Assert.Contains("More than 0/0 public school gymnasiums", chip.TextContent);
    }

    [Fact]
    public void Large_figures_keep_every_digit_grouped()
    {
        Assert.Contains("about 230,000,000 yuan", RenderChenzhou().Find("[data-testid='figure']").TextContent);
    }

    [Fact]
    public void Markup_in_an_excerpt_is_shown_as_text_not_run()
    {
        var detail = RenderChenzhou("<img src=x onerror=alert(1)> Chenzhou");
        Assert.Empty(detail.FindAll("blockquote img"));
        Assert.Contains("<img src=x onerror=alert(1)>", detail.Find("[data-testid='detail-excerpt']").TextContent);
    }

    [Fact]
    public void Each_practice_links_to_its_sentence_in_the_notice()
    {
        var link = RenderChenzhou().Find("[data-testid='detail-source']");
        Assert.StartsWith("notice?from=0&to=", link.GetAttribute("href"));
    }
}
