using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace MapDashboard.Web.Shared.Parameters;

/// <summary>
/// The notice a page or an API answers for: <c>?notice={id}</c>, an id being a slug made from the document number
/// (lower-case letters and digits in dash-separated parts, as DocumentNumber.Slug makes them). Absent means the newest
/// published notice.
/// </summary>
public static partial class NoticeParameter
{
    public const string Key = "notice";

    /// <summary>Longer than any slug a document number gives; a longer value is no id, whatever it holds.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="text"/> has the shape of a notice id (it may still name no notice).</summary>
    public static bool IsId([NotNullWhen(true)] string? text) => text is { Length: > 0 and <= MaxLength } && Slug().IsMatch(text);

    /// <summary>What a page's URL asks for. A page never throws on it: a malformed id is a request for an unknown notice.</summary>
    public static NoticeRequest FromPage(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? NoticeRequest.Current
            : IsId(trimmed) ? new NoticeRequest(trimmed, trimmed)
            : new NoticeRequest(null, ParameterErrors.Shown(trimmed));
    }

    /// <summary>The page's request read from a whole query string ("?notice=…&amp;p=…").</summary>
    public static NoticeRequest FromQuery(string? query) =>
        FromPage(QueryHelpers.ParseQuery(query).TryGetValue(Key, out var v) ? v.FirstOrDefault() : null);

    /// <summary>An API's notice= (null when absent); a repeated or malformed value is a 400 naming the parameter.</summary>
    public static bool TryParse(IQueryCollection query, out string? id, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        id = null;
        if (!QueryParameters.TrySingle(query, Key, out var text, out problem)) return false;
        if (text is null) return true;
        if (IsId(text)) id = text;
        else problem = new ParameterProblem(Key, ParameterErrors.Format(ParameterErrors.NotANoticeId, Key, ParameterErrors.Shown(text)));
        return problem is null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}

/// <summary>
/// A page's notice request: <see cref="Id"/> is a well-formed id to look up (null for the current notice or a malformed
/// value); <see cref="Asked"/> is what the URL said, shortened, for the "no such notice" message (null: none asked for).
/// </summary>
public sealed record NoticeRequest(string? Id, string? Asked)
{
    public static NoticeRequest Current { get; } = new(null, null);

    /// <summary>The URL names no notice: the newest published one is shown.</summary>
    public bool IsCurrent => Asked is null;
}
