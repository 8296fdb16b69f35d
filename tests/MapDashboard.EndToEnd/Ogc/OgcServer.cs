using System.Net.Http.Headers;
using System.Text.Json;
using MapDashboard.Data.Import;
using MapDashboard.TestSupport;
using Npgsql;
using Xunit;

namespace MapDashboard.EndToEnd.Ogc;

/// <summary>The real app on Kestrel over the real seeds, without a browser: what GDAL and the API tests talk to.</summary>
public sealed class OgcServer : IAsyncLifetime
{
    public PostgisDatabase Database { get; } = new();
    public Uri Root { get; private set; } = null!;
    public HttpClient Http { get; } = new();
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
            await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
        _factory = new DashboardFactory(Database.ConnectionString);
        Root = new Uri(_factory.StartKestrel(), "ogc");
    }

    public string Url(string path) => Root + path;

    public async Task<JsonElement> JsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>One value the database gives for <paramref name="sql"/>: the tests compare the API with PostGIS, not with constants.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>One seeded server for every OGC test class (seeding takes ~20 s).</summary>
[CollectionDefinition(Name)]
public sealed class OgcServerCollection : ICollectionFixture<OgcServer>
{
    public const string Name = "ogc";
}
