using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MapDashboard.Web.Shared.Localization;

/// <summary>The interface languages: English (default) and Simplified Chinese.</summary>
public static class Cultures
{
    public const string English = "en";
    public const string Chinese = "zh-CN";
    public const string Default = English;

    public static IReadOnlyList<string> Supported { get; } = [English, Chinese];

    public static bool IsSupported([NotNullWhen(true)] string? name) =>
        name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A supported name as this list spells it ("zh-cn" is "zh-CN").</summary>
    public static string Canonical(string supportedName) =>
        Supported.First(c => c.Equals(supportedName, StringComparison.OrdinalIgnoreCase));

    public static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    /// <summary>The language the switch offers next to the one in use.</summary>
    public static string Other(CultureInfo current) => IsChinese(current) ? English : Chinese;
}
