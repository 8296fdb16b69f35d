using System.Data;
using Npgsql;

namespace MapDashboard.Data.Ogc;

/// <summary>
/// Runs the OGC API's statements (<see cref="FeatureSql"/>) on its data source (the web role: read-only; it owns it) and
/// hands back the answer while it is still being read: the caller copies <see cref="FeatureAnswer.Body"/> to the
/// response, so no feature is ever held as an object, and memory stays flat whatever the page size.
/// </summary>
public sealed class FeatureStore(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>A page of items; dispose the answer once its body has been copied.</summary>
    public Task<FeatureAnswer> ItemsAsync(FeatureQuery query, CancellationToken ct) =>
        OpenAsync(FeatureSql.Items(query), counts: true, ct);

    /// <summary>One item; <see cref="FeatureAnswer.Body"/> is null when there is none with that id.</summary>
    public Task<FeatureAnswer> ItemAsync(FeatureCollection collection, string featureId, string? notice, CancellationToken ct) =>
        OpenAsync(FeatureSql.Item(collection, featureId, notice), counts: false, ct);

    private async Task<FeatureAnswer> OpenAsync(FeatureStatement statement, bool counts, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        NpgsqlCommand? command = null;
        try
        {
            command = new NpgsqlCommand(statement.Sql, connection);
            command.Parameters.AddRange(statement.Parameters.ToArray());
            // Prepared once per physical connection (a no-op afterwards): the plan is reused across requests.
            await command.PrepareAsync(ct);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
            await reader.ReadAsync(ct);
            // Sequential access: columns are read in order, the last (the GeoJSON) as a stream straight off the socket.
            var version = reader.GetInt64(0);
            var notice = await reader.IsDBNullAsync(1, ct) ? null : reader.GetString(1);
            long returned = 0, matched = 0;
            var next = 2;
            if (counts)
            {
                returned = reader.GetInt64(2);
                matched = reader.GetInt64(3);
                next = 4;
            }
            var body = await reader.IsDBNullAsync(next, ct) ? null : reader.GetStream(next);
            return new FeatureAnswer(version, notice, returned, matched, body, reader, command, connection);
        }
        catch
        {
            if (command is not null) await command.DisposeAsync();
            await connection.DisposeAsync();
            throw;
        }
    }
}

/// <summary>
/// What a statement answered: the data version it read, the notice it used (null: none such, or not a notice's
/// collection), the counts of a page, and the GeoJSON text as UTF-8 (features joined by commas for a page, one feature for
/// an item; null when there is nothing). Holds its connection until disposed.
/// </summary>
public sealed class FeatureAnswer(long version, string? notice, long returned, long matched, Stream? body,
    NpgsqlDataReader reader, NpgsqlCommand command, NpgsqlConnection connection) : IAsyncDisposable
{
    public long Version { get; } = version;
    public string? Notice { get; } = notice;
    public long NumberReturned { get; } = returned;
    public long NumberMatched { get; } = matched;
    public Stream? Body { get; } = body;

    public async ValueTask DisposeAsync()
    {
        if (Body is not null) await Body.DisposeAsync();
        await reader.DisposeAsync();
        await command.DisposeAsync();
        await connection.DisposeAsync();
    }
}
