using MapDashboard.Core.Geography;
using Xunit;

namespace MapDashboard.Core.Tests.Geography;

public class PinyinAndNamesTests
{
    [Fact]
    public void Syllables_join_in_title_case_with_an_apostrophe_before_a_vowel_syllable() =>
        Assert.Equal("Lu'an", PinyinText.Join("lu an"));

    [Fact]
    public void A_county_level_city_is_named_city_in_english() =>
        Assert.Equal("Gongzhuling City", AdminNames.English("Gongzhuling", AdminNames.CountyLevel("公主岭市"), "公主岭市"));

    [Fact]
    public void An_autonomous_prefecture_loses_its_ethnic_tail_in_the_stem() =>
        Assert.Equal("延边", AdminNames.Stem("延边朝鲜族自治州", AdminLevel.Prefecture));

    [Fact]
    public void A_one_character_county_keeps_its_suffix_in_the_stem() =>
        Assert.Equal("歙县", AdminNames.Stem("歙县", AdminLevel.County));
}
