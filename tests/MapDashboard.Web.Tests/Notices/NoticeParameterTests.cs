using MapDashboard.Web.Shared.Parameters;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace MapDashboard.Web.Tests.Notices;

public class NoticeParameterTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_page_without_notice_shows_the_current_one(string? text) =>
        Assert.True(NoticeParameter.FromPage(text).IsCurrent);

    [Theory]
    [InlineData("ndrc-2021-668")]
    [InlineData("notice-2023-12")]
    public void A_slug_is_looked_up(string text) =>
        Assert.Equal(new NoticeRequest(text, text), NoticeParameter.FromPage(text));

    [Theory]
    [InlineData("NDRC-2021-668")]
    [InlineData("ndrc--2021")]
    [InlineData("ndrc-2021-668/../x")]
    [InlineData("<script>")]
    public void A_malformed_id_is_an_unknown_notice_not_a_lookup(string text)
    {
        var request = NoticeParameter.FromPage(text);
        Assert.Null(request.Id);
        Assert.Equal(text, request.Asked);
        Assert.False(request.IsCurrent);
    }

    [Fact]
    public void A_very_long_value_is_shortened_for_the_message()
    {
        var request = NoticeParameter.FromPage(new string('a', 500));
        Assert.Null(request.Id);
        Assert.True(request.Asked!.Length <= 41);
    }

    [Fact]
    public void The_page_reads_notice_from_its_whole_query() =>
        Assert.Equal("ndrc-2021-668", NoticeParameter.FromQuery("?p=440000&notice=ndrc-2021-668&sel=440114").Id);

    [Fact]
    public void An_api_answers_a_malformed_notice_with_a_problem_naming_the_parameter()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["notice"] = "x y" });
        Assert.False(NoticeParameter.TryParse(query, out _, out var problem));
        Assert.Equal("notice", problem.Parameter);
    }

    [Fact]
    public void An_api_answers_a_repeated_notice_with_a_problem()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["notice"] = new(["ndrc-2021-668", "ndrc-2023-1"]) });
        Assert.False(NoticeParameter.TryParse(query, out _, out var problem));
        Assert.Equal("notice", problem.Parameter);
    }

    [Fact]
    public void An_api_without_notice_means_the_current_one()
    {
        Assert.True(NoticeParameter.TryParse(new QueryCollection(), out var id, out _));
        Assert.Null(id);
    }
}
