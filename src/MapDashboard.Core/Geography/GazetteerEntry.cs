namespace MapDashboard.Core.Geography;

/// <summary>
/// One row of <c>geodata/gazetteer.csv</c>: an administrative unit, current or former.
/// A former unit (renamed, turned district, moved prefecture) keeps its old code and names and points at its successor,
/// so that older or translated texts still match.
/// </summary>
/// <param name="Code">GB/T 2260 code: 6 digits, or 9 digits for a town.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="NameZh">Full Chinese name, e.g. 公主岭市.</param>
/// <param name="ShortNameZh">Name without the generic suffix, e.g. 公主岭.</param>
/// <param name="Pinyin">Pinyin of the short name, title case, no tones, syllables joined: "Gongzhuling".</param>
/// <param name="NameEn">English form as usually written: "Gongzhuling City", "Huadu District", "Shexian County".</param>
/// <param name="ParentCode">Code of the parent unit; empty for provinces.</param>
/// <param name="ProvinceCode">Six-digit code of the province (the unit's own code for a province).</param>
/// <param name="Longitude">Representative point, WGS84.</param>
/// <param name="Latitude">Representative point, WGS84.</param>
/// <param name="IsCurrent">False for a former unit kept for matching.</param>
/// <param name="SuccessorCode">For a former unit, the code that replaced it; empty otherwise.</param>
public sealed record GazetteerEntry(
    string Code,
    AdminLevel Level,
    string NameZh,
    string ShortNameZh,
    string Pinyin,
    string NameEn,
    string ParentCode,
    string ProvinceCode,
    double Longitude,
    double Latitude,
    bool IsCurrent,
    string SuccessorCode);
