using System.Text.RegularExpressions;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Features.Notices;

/// <summary>
/// The notice named in a route (/api/notices/{id}/…) or in an export's notice= parameter: "current" (the newest
/// published notice) or a notice id. A malformed id is a 400, an id no published notice has a 404, both problem+json.
/// </summary>
public static partial class NoticeRoutes
{
    public const string Parameter = "notice";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    /// <summary>A 400 problem when <paramref name="id"/> cannot be a notice id; null when it can.</summary>
    public static ParameterProblem? Check(string parameter, string? id) =>
        id is not null && IdPattern().IsMatch(id) ? null
            : new ParameterProblem(parameter, ParameterErrors.Format(ParameterErrors.BadNoticeId, parameter, ParameterErrors.Shown(id)));

    /// <summary>The published notice, or the result to answer with (400 malformed, 404 unknown or nothing published).</summary>
    public static bool TryFind(ReadSnapshot snapshot, string parameter, string? id, out NoticeData notice, out IResult problem)
    {
        notice = null!;
        if (Check(parameter, id) is { } bad) { problem = bad.ToResult(); return false; }
        if (snapshot.Find(id) is not { } found)
        {
            problem = Unknown(id!);
            return false;
        }
        (notice, problem) = (found, Results.Empty);
        return true;
    }

    public static IResult Unknown(string id) => id == ReadSnapshot.CurrentAlias
        ? Results.Problem(statusCode: 404, title: "No notice published", detail: "No notice is published yet; import and publish one, then try again.")
        : Results.Problem(statusCode: 404, title: "No such notice",
            detail: $"No published notice has the id '{ParameterErrors.Shown(id)}'; GET /api/notices lists them.");
}
