using System.Globalization;

namespace MapDashboard.Web.Shared.Parameters;

/// <summary>
/// The texts of every query-parameter error, in one place (as pg_featureserv keeps them in api.go): an API answers
/// each as 400 problem+json with the parameter's name in "parameter".
/// </summary>
public static class ParameterErrors
{
    public const string Title = "Invalid query parameter";
    public const string Repeated = "Parameter {0} is given more than once; give it once.";
    public const string NotANumber = "Parameter {0} must be a number; got '{1}'.";
    public const string NotFinite = "Parameter {0} must be a finite number, not NaN or infinity.";
    public const string Negative = "Parameter {0} must not be negative.";
    public const string NotOneOf = "Parameter {0} must be one of {1}; got '{2}'.";
    public const string BadNoticeId = "Parameter {0} must be 'current' or a notice id (lower-case letters, digits, hyphens); got '{1}'.";
    public const string BadListItem = "Parameter {0} holds '{1}', which is not {2}.";
    public const string NotANoticeId = "Parameter {0} must be a notice id such as those /api/notices lists; got '{1}'.";

    public static string Format(string text, params object?[] args) => string.Format(CultureInfo.InvariantCulture, text, args);

    /// <summary>Input echoed in an error, cut short: an error names what was wrong, it does not mirror a megabyte back.</summary>
    public static string Shown(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>What was wrong with one query parameter.</summary>
public sealed record ParameterProblem(string Parameter, string Detail)
{
    /// <summary>400 application/problem+json naming the parameter (extension "parameter").</summary>
    public IResult ToResult() => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: ParameterErrors.Title,
        detail: Detail, extensions: new Dictionary<string, object?> { ["parameter"] = Parameter });
}
