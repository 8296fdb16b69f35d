using MapDashboard.Core.Geography;
using Xunit;

namespace MapDashboard.Core.Tests.Geography;

public class GazetteerContentTests(GeodataFixture geodata) : IClassFixture<GeodataFixture>
{
    [Fact]
    public void It_lists_the_34_provincial_units_with_their_codes()
    {
        var provinces = geodata.Gazetteer.Where(e => e.Level == AdminLevel.Province).Select(e => e.Code).Order().ToList();
        Assert.Equal(ProvinceNames.ByCode.Keys.Order().ToList(), provinces);
    }

    [Fact]
    public void Codes_are_unique() =>
        Assert.Equal(geodata.Gazetteer.Count, geodata.Gazetteer.Select(e => e.Code).Distinct().Count());

    [Fact]
    public void Every_parent_code_names_a_current_unit()
    {
        var current = geodata.Gazetteer.Where(e => e.IsCurrent).Select(e => e.Code).ToHashSet();
        var orphans = geodata.Gazetteer.Where(e => e.IsCurrent && e.Level != AdminLevel.Province && !current.Contains(e.ParentCode)).Select(e => e.Code).ToList();
        Assert.Equal([], orphans);
    }

    [Fact]
    public void Every_former_unit_resolves_to_a_current_successor()
    {
        var current = geodata.Gazetteer.Where(e => e.IsCurrent).ToDictionary(e => e.Code);
        var former = geodata.Gazetteer.Where(e => !e.IsCurrent).ToList();
        Assert.NotEmpty(former);
        Assert.All(former, f => Assert.True(current.ContainsKey(f.SuccessorCode), $"{f.Code} {f.NameZh} → {f.SuccessorCode}"));
    }

    [Theory]
    [InlineData("350625", "350605")] // 长泰县 → 长泰区 (2021)
    [InlineData("350681", "350604")] // 龙海市 → 龙海区 (2021)
    [InlineData("220381", "220184")] // 公主岭市 moved from 四平 to 长春 (2020)
    [InlineData("371200", "370116")] // 莱芜市 merged into 济南 as 莱芜区 (2019)
    public void Known_changes_since_2014_point_at_their_successor(string former, string successor) =>
        Assert.Equal(successor, geodata.Gazetteer.Single(e => e.Code == former && !e.IsCurrent).SuccessorCode);

    [Theory]
    [InlineData("350605", "Changtai", "Changtai District")]
    [InlineData("340300", "Bengbu", "Bengbu City")]
    [InlineData("341500", "Lu'an", "Lu'an City")]
    [InlineData("220184", "Gongzhuling", "Gongzhuling City")]
    [InlineData("440114", "Huadu", "Huadu District")]
    [InlineData("341021", "Shexian", "Shexian County")]
    [InlineData("440000", "Guangdong", "Guangdong Province")]
    [InlineData("220184103", "Fanjiatun", "Fanjiatun Town")]
    public void Names_have_the_right_pinyin_and_english_form(string code, string pinyin, string english)
    {
        var e = geodata.Gazetteer.Single(x => x.Code == code);
        Assert.Equal((pinyin, english), (e.Pinyin, e.NameEn));
    }

    [Fact]
    public void Towns_have_nine_digit_codes_under_a_county_or_prefecture()
    {
        var towns = geodata.Gazetteer.Where(e => e.Level == AdminLevel.Town).ToList();
        Assert.True(towns.Count > 38000, $"{towns.Count} towns");
        Assert.All(towns, t => Assert.True(t.Code.Length == 9 && t.ParentCode.Length == 6, t.Code));
    }
}
