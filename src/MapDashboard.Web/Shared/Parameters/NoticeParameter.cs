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

    /// <summary>Query keys whose values mean something only within one notice: the dashboard's measure numbers.</summary>
    public static readonly IReadOnlySet<string> NoticeScopedKeys = new HashSet<string> { "m" };

    /// <summary>
    /// The same page with the same state, showing notice <paramref name="id"/>: the notice replaced, the values of
    /// <see cref="NoticeScopedKeys"/> left out (measure 3 of one notice is another measure in the next).
    /// </summary>
    public static string Switch(string baseRelativeUri, string id)
    {
        var parts = baseRelativeUri.Split('#')[0].Split('?', 2);
        var path = parts[0].Length == 0 ? "./" : parts[0];
        // The other pairs are kept as written (a link's "p=440000,450000" stays readable).
        var kept = (parts.Length > 1 ? parts[1] : "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => Uri.UnescapeDataString(pair.Split('=', 2)[0]) is var key && key != Key && !NoticeScopedKeys.Contains(key));
        return path + "?" + string.Join('&', [$"{Key}={Uri.EscapeDataString(id)}", .. kept]);
    }

    /// <summary>Whether the request names the newest published notice (nothing, or the alias "current").</summary>
    public static bool AsksForCurrent(NoticeRequest request) => request.IsCurrent || request.Id == CurrentAlias;

    /// <summary>The alias of the newest published notice.</summary>
    public const string CurrentAlias = MapDashboard.Data.ReadModel.ReadSnapshot.CurrentAlias;

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
