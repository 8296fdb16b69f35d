using System.Xml.Linq;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Localization;

public class ResourceCompletenessTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "src", "MapDashboard.Web", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static readonly Dictionary<string, string> English = Read("SharedResource.resx");
    private static readonly Dictionary<string, string> Chinese = Read("SharedResource.zh-CN.resx");

    [Fact]
    public void Every_English_text_has_a_Chinese_one() =>
        Assert.Empty(English.Keys.Except(Chinese.Keys));

    [Fact]
    public void Every_Chinese_text_has_an_English_one() =>
        Assert.Empty(Chinese.Keys.Except(English.Keys));

    [Fact]
    public void No_text_is_empty() =>
        Assert.Empty(English.Concat(Chinese).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));

    [Fact]
    public void Both_languages_take_the_same_placeholders()
    {
        static string Holes(string s) => string.Join(',', System.Text.RegularExpressions.Regex.Matches(s, @"\{\d+\}").Select(m => m.Value).Order());
        Assert.Empty(English.Where(kv => Holes(kv.Value) != Holes(Chinese.GetValueOrDefault(kv.Key, ""))).Select(kv => kv.Key));
    }

    [Theory]
    [InlineData("province", "省")]
    [InlineData("prefecture", "地级市")]
    [InlineData("county_city", "县级市")]
    [InlineData("county", "县")]
    [InlineData("district", "市辖区")]
    [InlineData("town", "镇")]
    public void Level_names_read_in_Chinese(string level, string expected)
    {
        using var _ = new CultureScope("zh-CN");
        Assert.Equal(expected, Shared.LevelLabels.Of(level, Texts.Localizer()));
    }

    [Fact]
    public void Level_names_read_in_English_by_default()
    {
        using var _ = new CultureScope("en");
        Assert.Equal("Prefecture-level city", Shared.LevelLabels.Of("prefecture", Texts.Localizer()));
    }
}
