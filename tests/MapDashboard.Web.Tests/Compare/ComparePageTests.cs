using Bunit;
using MapDashboard.Web.Features.Compare;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MapDashboard.Web.Shared.Localization;
using MudBlazor;
using MudBlazor.Services;
using Xunit;
using static MapDashboard.Web.Tests.Compare.TwoNoticeSnapshot;

namespace MapDashboard.Web.Tests.Compare;

/// <summary>The compare page over two notices in memory: what a link shows, and the link each action leaves.</summary>
public class ComparePageTests : BunitContext
{
    // Wired as AppBunitContext wires the app, with the page's services added before the renderer is first touched.
    private IRenderedComponent<ComparePage> Open(string link)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddLocalization();
        Services.AddSingleton(new CompareData(Reads()));
        Services.AddSingleton(Options.Create(new MapDashboardOptions()));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<NavigationManager>().NavigateTo(link);
        return Render<ComparePage>();
    }

    [Fact]
    public void Places_from_two_notices_stand_side_by_side_each_naming_its_notice()
    {
        var page = Open($"compare?codes={Older}:440114,{Newer}:440114");
        var heads = page.FindAll("[data-testid=compare-notice]");
        Assert.Equal(2, heads.Count);
        Assert.Contains("[2021] No.668", heads[0].TextContent);
        Assert.Contains("[2023] No.901", heads[1].TextContent);
    }

    [Fact]
    public void An_unknown_notice_in_the_link_is_a_clear_message_naming_it_and_the_place()
    {
        var page = Open("compare?codes=ndrc-1999-1:440114,510117");
        Assert.Contains("There is no published notice “ndrc-1999-1”, so 440114 is left out", page.Find("[data-testid=unknown-codes]").TextContent);
        Assert.Single(page.FindAll("[data-testid=compare-panel]"));
    }

    [Fact]
    public void Removing_a_column_leaves_a_link_where_every_place_names_its_notice()
    {
        var page = Open($"compare?codes=440114,{Older}:510184,{Older}:440114");
        page.Find("button[aria-label='Remove Chongzhou City']").Click();
        Assert.EndsWith($"compare?codes={Newer}:440114,{Older}:440114", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void The_one_scale_switch_is_kept_in_the_link()
    {
        var page = Open($"compare?notice={Older}&codes=440114,510184");
        page.Find("input[data-testid=one-scale], [data-testid=one-scale] input").Change(true);
        Assert.EndsWith($"compare?notice={Older}&codes=440114,510184&scale=same", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
