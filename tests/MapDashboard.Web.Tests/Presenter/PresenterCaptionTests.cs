using MapDashboard.Web.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using Bunit;
using MapDashboard.Web.Features.Presenter;
using Microsoft.AspNetCore.Components;
using Xunit;
using static MapDashboard.Web.Tests.Presenter.SampleNotice;

namespace MapDashboard.Web.Tests.Presenter;

public class PresenterCaptionTests : BunitContext
{
    public PresenterCaptionTests()
    {
        Services.AddLocalization();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<PresenterCaption> RenderMeasure(int number) =>
        Render<PresenterCaption>(p => p.Add(c => c.Step,
            PresenterDeck.Build("Notice", Measures, Rows, false, CultureInfo.GetCultureInfo("en-US"), Texts.Localizer()).Single(s => s.MeasureNumber == number)));

    [Fact]
    public void The_headline_is_the_measure_title_as_a_heading() =>
        Assert.Equal("Measure 10 title", RenderMeasure(10).Find("h1").TextContent);

    [Fact]
    public void In_Chinese_a_measure_headline_is_our_title_marked_as_ours_with_the_notices_English_under_it()
    {
        using var culture = new CultureScope("zh-CN");
        var step = PresenterDeck.Build("Notice", [Measures[0], Measures[1] with { TitleZh = "深化户籍制度改革" }, .. Measures.Skip(2)], Rows, false,
            CultureInfo.GetCultureInfo("zh-CN"), Texts.Localizer()).Single(s => s.MeasureNumber == 2 && s.Kind == StepKind.Measure);
        var cut = Render<PresenterCaption>(p => p.Add(c => c.Step, step));
        Assert.Equal("深化户籍制度改革（译）", cut.Find("h1").TextContent);
        Assert.Equal("zh-CN", cut.Find("h1 .title-zh").GetAttribute("lang"));
        Assert.Equal("Measure 2 title", cut.Find("[data-testid=presenter-headline-en]").TextContent);
        Assert.Equal("en", cut.Find("[data-testid=presenter-headline-en]").GetAttribute("lang"));
    }

    [Fact]
    public void In_English_the_headline_is_the_notices_title_alone() =>
        Assert.Empty(RenderMeasure(10).FindAll("[data-testid=presenter-headline-en], abbr"));

    [Fact]
    public void Each_key_figure_shows_qualifier_value_unit_and_place()
    {
        var figure = RenderMeasure(10).FindAll("[data-testid=presenter-figure]")
            .Single(f => f.TextContent.Contains("Chongzhou City"));
        Assert.Equal(["about", "2.8 billion", "yuan", "Chongzhou City"],
            figure.Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void A_repaired_figure_carries_a_mark_and_a_footnote()
    {
        var cut = RenderMeasure(2);
        Assert.Contains(cut.FindAll(".value"), v => v.TextContent.EndsWith('*'));
        Assert.Contains("repaired", cut.Find(".footnote").TextContent);
    }

    [Fact]
    public void The_localities_of_a_measure_are_listed_in_english_and_chinese()
    {
        var points = RenderMeasure(2).Find("[data-testid=presenter-points]");
        Assert.Contains("Xiangtan City", points.TextContent);
        Assert.Contains("Xiangtan CityZH", points.TextContent);
    }
}
