using MapDashboard.Core.Notices;
using Xunit;
using static MapDashboard.Core.Tests.Notices.TestGazetteer;

namespace MapDashboard.Core.Tests.Notices;

public sealed class PlaceRecognitionTests
{
    private static IEnumerable<string> Codes(NoticeExtraction x) => x.Practices.Select(p => p.Code);

    private static IEnumerable<ReviewItem> Items(NoticeExtraction x, ReviewKind kind) => x.Review.Where(r => r.Kind == kind);

    [Fact]
    public void Fuzhou_with_Jiangxi_in_context_resolves_to_361000() =>
        Assert.Equal(["361000"], Codes(Read("Fuzhou, Jiangxi issued carbon coins.")));

    [Fact]
    public void Fuzhou_with_Fujian_in_context_resolves_to_350100() =>
        Assert.Equal(["350100"], Codes(Read("Fuzhou, Fujian Province built a harbour.")));

    [Fact]
    public void Fuzhou_without_a_province_is_reported_ambiguous_and_not_credited()
    {
        var x = Read("Fuzhou built a harbour. Gu 'an, Hebei built roads.");
        Assert.Equal(["131022"], Codes(x));
        var item = Assert.Single(Items(x, ReviewKind.AmbiguousUnresolved));
        Assert.Equal("Fuzhou", item.Subject);
        Assert.Contains("350100", item.Detail);
        Assert.Contains("361000", item.Detail);
    }

    [Fact]
    public void Yichun_with_Heilongjiang_later_in_the_sentence_resolves_to_230700() =>
        Assert.Equal(["230700"], Codes(Read("Yichun 15 municipal districts in Heilongjiang Province are merged.")));

    [Fact]
    public void Yichun_with_Jiangxi_resolves_to_360900() =>
        Assert.Equal(["360900"], Codes(Read("Yichun, Jiangxi Province built lithium plants.")));

    [Fact]
    public void Shexian_with_Anhui_resolves_to_341021_and_with_Hebei_to_130426()
    {
        Assert.Equal(["341021"], Codes(Read("Shexian County, Anhui Province restored old streets.")));
        Assert.Equal(["130426"], Codes(Read("Shexian County, Hebei Province trained welders.")));
    }

    [Fact]
    public void Resolved_homonym_is_listed_with_candidates_and_reason()
    {
        var item = Assert.Single(Items(Read("Shexian County, Anhui Province restored old streets."), ReviewKind.AmbiguousResolved));
        Assert.Contains("130426", item.Detail);
        Assert.Contains("chose 341021", item.Detail);
        Assert.Contains("Anhui", item.Detail);
    }

    [Fact]
    public void Spaced_pinyin_Jiang_an_joins_to_511523_with_Sichuan() =>
        Assert.Equal(["511523"], Codes(Read("Jiang 'an, Sichuan has transformed about 70 old residential quarters.")));

    [Fact]
    public void Split_name_Gu_an_is_the_county_not_its_town() =>
        Assert.Equal(["131022"], Codes(Read("Gu 'an, Hebei built schools.")));

    [Fact]
    public void Fan_Jiatun_Town_is_credited_as_the_town_under_its_county()
    {
        var x = Read("There are 12 communities in Fan Jiatun Town, Gongzhuling, Jilin Province.");
        Assert.Equal(["220184103"], Codes(x));
        var town = Assert.Single(x.Localities);
        Assert.Equal("220184", town.Adcode);
        Assert.Equal("220184103", town.TownCode);
    }

    [Fact]
    public void Gongzhuling_named_to_locate_its_town_is_not_credited()
    {
        var x = Read("There are 12 communities in Fan Jiatun Town, Gongzhuling, Jilin Province.");
        Assert.Contains(Items(x, ReviewKind.ParentAsLocator), r => r.Subject == "Gongzhuling");
        Assert.DoesNotContain("220184", Codes(x));
    }

    [Fact]
    public void Lower_case_long_gang_zhen_resolves_through_the_former_town_to_330383() =>
        Assert.Equal(["330383"], Codes(Read("With approval, long gang zhen was abolished.")));

    [Fact]
    public void Province_before_the_place_is_context_Zhejiang_Longgang() =>
        Assert.Equal(["330383"], Codes(Read("Zhejiang Longgang reformed its departments.")));

    [Fact]
    public void Guangzhou_named_to_locate_Huadu_is_not_a_practice() =>
        Assert.Equal(["440114"], Codes(Read("Huadu District, Guangzhou City, Guangdong Province promoted pig mortgages.")));

    [Fact]
    public void Former_county_resolves_to_its_successor_district()
    {
        var x = Read("Changtai County, Zhangzhou, Fujian sorts its waste.");
        Assert.Equal(["350605"], Codes(x));
    }

    [Fact]
    public void Prefecture_is_meant_over_its_own_county_of_the_same_name() =>
        Assert.Equal(["430300"], Codes(Read("Xiangtan, Hunan raised about 29,000 sets of public rental housing.")));

    [Fact]
    public void A_bare_province_name_is_the_province_not_the_same_name_prefecture() =>
        Assert.Equal(["220000"], Codes(Read("During the period Jilin relocated people.")));

    [Fact]
    public void University_named_after_a_province_is_not_a_locality()
    {
        var x = Read("Liyang, Jiangsu introduced Jilin University and Jilin Normal University.");
        Assert.Equal(["320481"], Codes(x));
        Assert.Equal(2, Items(x, ReviewKind.Institution).Count());
    }

    [Fact]
    public void Science_park_is_not_a_locality() =>
        Assert.Equal(["320481"], Codes(Read("Liyang, Jiangsu Province and Zhongguancun Science Park jointly built a zone.")));

    [Fact]
    public void School_named_after_its_county_credits_the_county() =>
        Assert.Equal(["469030"], Codes(Read("Qiongzhong Middle School affiliated to Huazhong Normal University in Hainan Province added places.")));

    [Fact]
    public void A_name_with_a_generic_word_that_matches_nothing_is_reported()
    {
        var x = Read("Qwerty District, Hebei Province built parks.");
        Assert.Contains(Items(x, ReviewKind.UnmatchedName), r => r.Subject == "Qwerty District");
    }

    [Fact]
    public void A_town_name_without_a_town_word_is_not_credited() =>
        Assert.Equal(["131022"], Codes(Read("Zhongguancun hosts many firms. Gu 'an, Hebei built roads.")));

    [Fact]
    public void Made_up_paragraph_naming_other_counties_credits_each_with_its_sentence()
    {
        var x = Read("Shexian County, Anhui Province restored old streets. Jiang 'an, Sichuan paved roads, while Gu 'an, Hebei planted trees.");
        Assert.Equal(["341021", "511523", "131022"], Codes(x));
        Assert.Equal("Shexian County, Anhui Province restored old streets.", x.Practices[0].Excerpt);
        Assert.Equal(x.Practices[1].Excerpt, x.Practices[2].Excerpt);
    }
}
