using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>Small hand-made gazetteers and notices for unit tests (the real gazetteer is only used by the golden test).</summary>
internal static class TestGazetteer
{
    public static GazetteerEntry E(string code, AdminLevel level, string zh, string shortZh, string pinyin, string en,
        string parent, string province, bool current = true, string successor = "") =>
        new(code, level, zh, shortZh, pinyin, en, parent, province, 110, 30, current, successor);

    /// <summary>Provinces, homonyms in two provinces, a parent with a same-name child, a town, former units.</summary>
    public static IReadOnlyList<GazetteerEntry> Standard { get; } =
    [
        E("130000", AdminLevel.Province, "河北省", "河北", "Hebei", "Hebei Province", "", "130000"),
        E("340000", AdminLevel.Province, "安徽省", "安徽", "Anhui", "Anhui Province", "", "340000"),
        E("350000", AdminLevel.Province, "福建省", "福建", "Fujian", "Fujian Province", "", "350000"),
        E("360000", AdminLevel.Province, "江西省", "江西", "Jiangxi", "Jiangxi Province", "", "360000"),
        E("230000", AdminLevel.Province, "黑龙江省", "黑龙江", "Heilongjiang", "Heilongjiang Province", "", "230000"),
        E("220000", AdminLevel.Province, "吉林省", "吉林", "Jilin", "Jilin Province", "", "220000"),
        E("220200", AdminLevel.Prefecture, "吉林市", "吉林", "Jilin", "Jilin City", "220000", "220000"),
        E("440000", AdminLevel.Province, "广东省", "广东", "Guangdong", "Guangdong Province", "", "440000"),
        E("430000", AdminLevel.Province, "湖南省", "湖南", "Hunan", "Hunan Province", "", "430000"),
        E("460000", AdminLevel.Province, "海南省", "海南", "Hainan", "Hainan Province", "", "460000"),
        E("510000", AdminLevel.Province, "四川省", "四川", "Sichuan", "Sichuan Province", "", "510000"),
        E("420000", AdminLevel.Province, "湖北省", "湖北", "Hubei", "Hubei Province", "", "420000"),
        E("330000", AdminLevel.Province, "浙江省", "浙江", "Zhejiang", "Zhejiang Province", "", "330000"),
        E("350100", AdminLevel.Prefecture, "福州市", "福州", "Fuzhou", "Fuzhou City", "350000", "350000"),
        E("361000", AdminLevel.Prefecture, "抚州市", "抚州", "Fuzhou", "Fuzhou City", "360000", "360000"),
        E("230700", AdminLevel.Prefecture, "伊春市", "伊春", "Yichun", "Yichun City", "230000", "230000"),
        E("360900", AdminLevel.Prefecture, "宜春市", "宜春", "Yichun", "Yichun City", "360000", "360000"),
        E("130426", AdminLevel.County, "涉县", "涉县", "Shexian", "Shexian County", "130400", "130000"),
        E("341021", AdminLevel.County, "歙县", "歙县", "Shexian", "Shexian County", "341000", "340000"),
        E("131022", AdminLevel.County, "固安县", "固安", "Gu'an", "Gu'an County", "131000", "130000"),
        E("131022100", AdminLevel.Town, "固安镇", "固安", "Gu'an", "Gu'an Town", "131022", "130000"),
        E("511523", AdminLevel.County, "江安县", "江安", "Jiang'an", "Jiang'an County", "511500", "510000"),
        E("420102", AdminLevel.District, "江岸区", "江岸", "Jiang'an", "Jiang'an District", "420100", "420000"),
        E("220100", AdminLevel.Prefecture, "长春市", "长春", "Changchun", "Changchun City", "220000", "220000"),
        E("220184", AdminLevel.CountyCity, "公主岭市", "公主岭", "Gongzhuling", "Gongzhuling City", "220100", "220000"),
        E("220184103", AdminLevel.Town, "范家屯镇", "范家屯", "Fanjiatun", "Fanjiatun Town", "220184", "220000"),
        E("440100", AdminLevel.Prefecture, "广州市", "广州", "Guangzhou", "Guangzhou City", "440000", "440000"),
        E("440114", AdminLevel.District, "花都区", "花都", "Huadu", "Huadu District", "440100", "440000"),
        E("430300", AdminLevel.Prefecture, "湘潭市", "湘潭", "Xiangtan", "Xiangtan City", "430000", "430000"),
        E("430321", AdminLevel.County, "湘潭县", "湘潭", "Xiangtan", "Xiangtan County", "430300", "430000"),
        E("469030", AdminLevel.County, "琼中黎族苗族自治县", "琼中", "Qiongzhong", "Qiongzhong Li and Miao Autonomous County", "460000", "460000"),
        E("330383", AdminLevel.CountyCity, "龙港市", "龙港", "Longgang", "Longgang City", "330300", "330000"),
        E("440307", AdminLevel.District, "龙岗区", "龙岗", "Longgang", "Longgang District", "440300", "440000"),
        E("330327100", AdminLevel.Town, "龙港镇", "龙港", "Longgang", "Longgang Town", "330327", "330000", false, "330383"),
        E("350600", AdminLevel.Prefecture, "漳州市", "漳州", "Zhangzhou", "Zhangzhou City", "350000", "350000"),
        E("350605", AdminLevel.District, "长泰区", "长泰", "Changtai", "Changtai District", "350600", "350000"),
        E("350625", AdminLevel.County, "长泰县", "长泰", "Changtai", "Changtai County", "350600", "350000", false, "350605"),
        E("110108011", AdminLevel.Town, "中关村街道", "中关村", "Zhongguancun", "Zhongguancun Subdistrict", "110108", "110000"),
        E("320481", AdminLevel.CountyCity, "溧阳市", "溧阳", "Liyang", "Liyang City", "320400", "320000"),
        E("320000", AdminLevel.Province, "江苏省", "江苏", "Jiangsu", "Jiangsu Province", "", "320000"),
    ];

    /// <summary>A minimal notice: breadcrumbs and a summary (both skipped), title, number, one theme and one measure with the given sentences.</summary>
    public static string Notice(string body, string summary = "Fuzhou, Jiangxi abolished the restrictions.") =>
        "Current location - Home - News\n" + summary + "\n\nThe full text is as follows:\n\nA Made-up Notice\n\nOffice Planning [2021] No.1\n\n" +
        "First, do things.\n\nAdhere to principles.\n\n" +
        "(1) In doing things, it is mainly to do them well. " + body + "\n\nClosing words of the notice.\n";

    public static NoticeExtraction Read(string body, ReviewDecisions? decisions = null, IReadOnlyList<GazetteerEntry>? gazetteer = null) =>
        new NoticeReader(gazetteer ?? Standard, decisions ?? ReviewDecisions.None).Read(Notice(body));
}
