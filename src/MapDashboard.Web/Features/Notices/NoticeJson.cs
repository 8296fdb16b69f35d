using System.Text.Json.Serialization;
using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Notices;

/// <summary>
/// A notice as GET /api/notices lists it. <c>title</c> is the Chinese title when the text has one (else the English),
/// <c>titleEn</c> the English; <c>date</c> the issue date (yyyy-MM-dd) read from the text, null when none.
/// </summary>
public sealed record NoticeJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("titleEn")] string TitleEn,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("publishedAt")] DateTimeOffset? PublishedAt,
    [property: JsonPropertyName("localities")] int Localities,
    [property: JsonPropertyName("practices")] int Practices)
{
    public static NoticeJson From(NoticeSummary n) =>
        new(n.Id, n.Number, n.TitleZh ?? n.Title, n.Title, n.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            n.Status, n.PublishedAt, n.Localities, n.Practices);
}

/// <summary>What GET /api/localities/{code}/notices says of one published notice naming the place.</summary>
public sealed record MentionJson(
    [property: JsonPropertyName("notice")] NoticeJson Notice,
    [property: JsonPropertyName("measures")] IReadOnlyList<int> Measures,
    [property: JsonPropertyName("practices")] int Practices)
{
    public static MentionJson From(NoticeMention m) => new(NoticeJson.From(m.Notice), m.Measures, m.Practices.Count);
}
