using MapDashboard.Core.Geography;

namespace MapDashboard.Web.Shared.Parameters;

/// <summary>Which strings can be administrative codes: checked before one reaches a query, a cache key or a URL.</summary>
public static class AdminCodes
{
    /// <summary>One of the 34 provincial-level units (GB/T 2260), e.g. 440000.</summary>
    public static bool IsProvince(string? code) => code is not null && ProvinceNames.ByCode.ContainsKey(code);

    /// <summary>A county-or-larger code (6 digits) or a town code (9 digits).</summary>
    public static bool IsLocality(string? code) => code is { Length: 6 or 9 } && code.All(char.IsAsciiDigit);
}
