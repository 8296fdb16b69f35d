using System.Text;
using System.Text.RegularExpressions;

namespace MapDashboard.EndToEnd.FirstPaint;

/// <summary>
/// The rules of a stylesheet that can match a document holding only the given class names: a rule is dropped only when
/// its selectors name a class outside negations and functional pseudo-classes that no element has. Conditional groups
/// (@media, @supports, ...) keep their wrapper around what is left of them; other at-rules (@keyframes, @font-face) and
/// rules without classes are kept whole. Kept rules keep their original text and order, so the cascade is unchanged.
/// </summary>
public static partial class CssSubset
{
    private static readonly string[] GroupingRules = ["@media", "@supports", "@container", "@layer", "@document"];

    public static string Keep(string css, IReadOnlySet<string> classes) => KeepSelectors(css, s => CanMatch(s, classes));

    /// <summary>The stylesheet with only the selectors <paramref name="keep"/> says yes to: a rule left with none goes,
    /// a conditional group left with no rule goes.</summary>
    public static string KeepSelectors(string css, Func<string, bool> keep)
    {
        var output = new StringBuilder();
        Filter(StripComments(css), keep, output);
        return output.ToString();
    }

    /// <summary>The class names a selector names outside negations and functional pseudo-classes: all of them must be
    /// on the page for it to match.</summary>
    public static IEnumerable<string> RequiredClasses(string selector) =>
        ClassToken().Matches(WithoutFunctionalPseudoClasses(selector)).Select(m => Unescape(m.Groups["name"].Value));

    /// <summary>The class names of every class attribute in an HTML document; the text of its style elements (the page
    /// carries its stylesheets) is not markup.</summary>
    public static HashSet<string> ClassesIn(string html) =>
        ClassAttribute().Matches(StyleElement().Replace(html, ""))
            .SelectMany(m => System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value)
                .Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    private static void Filter(string css, Func<string, bool> keep, StringBuilder output)
    {
        var i = 0;
        while (i < css.Length)
        {
            var open = IndexOutsideStrings(css, '{', i);
            var statementEnd = IndexOutsideStrings(css, ';', i);
            if (statementEnd >= 0 && (open < 0 || statementEnd < open) && css.AsSpan(i, statementEnd - i).TrimStart().StartsWith("@"))
            {
                output.Append(css, i, statementEnd + 1 - i); // @charset, @import, @layer a, b;
                i = statementEnd + 1;
                continue;
            }
            if (open < 0) break;
            var close = MatchingBrace(css, open);
            var prelude = css[i..open].Trim();
            var body = css[(open + 1)..close];
            if (GroupingRules.Any(g => prelude.StartsWith(g, StringComparison.OrdinalIgnoreCase)))
            {
                var inner = new StringBuilder();
                Filter(body, keep, inner);
                if (inner.Length > 0) output.Append(prelude).Append('{').Append(inner).Append('}');
            }
            else if (prelude.StartsWith('@'))
            {
                output.Append(prelude).Append('{').Append(body).Append('}');
            }
            else
            {
                var selectors = SplitTopLevel(prelude).Where(keep).ToList();
                if (selectors.Count > 0) output.Append(string.Join(',', selectors)).Append('{').Append(body).Append('}');
            }
            i = close + 1;
        }
    }

    private static bool CanMatch(string selector, IReadOnlySet<string> classes) => RequiredClasses(selector).All(classes.Contains);

    // :not(.a) matches without .a, and :is(.a, .b) with either: what is inside them never makes a class necessary.
    // Attribute selectors go too: [href$=".pdf"] names no class.
    private static string WithoutFunctionalPseudoClasses(string selector)
    {
        var result = new StringBuilder();
        var depth = 0;
        foreach (var c in selector)
        {
            if (c is '(' or '[') depth++;
            if (depth == 0) result.Append(c);
            if (c is ')' or ']') depth = Math.Max(0, depth - 1);
        }
        return result.ToString();
    }

    private static string Unescape(string name) => CssEscape().Replace(name, m => m.Groups[1].Value);

    private static IEnumerable<string> SplitTopLevel(string selectorList)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < selectorList.Length; i++)
        {
            var c = selectorList[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (c == ',' && depth == 0)
            {
                yield return selectorList[start..i].Trim();
                start = i + 1;
            }
        }
        yield return selectorList[start..].Trim();
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            i = SkipString(css, i);
            if (css[i] == '{') depth++;
            else if (css[i] == '}' && --depth == 0) return i;
        }
        throw new FormatException($"The block opened at character {open} is never closed.");
    }

    private static int IndexOutsideStrings(string css, char wanted, int from)
    {
        for (var i = from; i < css.Length; i++)
        {
            i = SkipString(css, i);
            if (i < css.Length && css[i] == wanted) return i;
        }
        return -1;
    }

    // At a quote, the index of its closing quote; anywhere else, the index itself.
    private static int SkipString(string css, int i)
    {
        if (css[i] is not ('"' or '\'')) return i;
        var quote = css[i];
        for (var j = i + 1; j < css.Length; j++)
        {
            if (css[j] == '\\') j++;
            else if (css[j] == quote) return j;
        }
        throw new FormatException($"The string opened at character {i} is never closed.");
    }

    private static string StripComments(string css) => Comment().Replace(css, "");

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\.(?<name>(?:[\w-]|\\.)+)")]
    private static partial Regex ClassToken();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex CssEscape();

    [GeneratedRegex(@"<style\b[^>]*>.*?</style\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"\bclass\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex ClassAttribute();
}
