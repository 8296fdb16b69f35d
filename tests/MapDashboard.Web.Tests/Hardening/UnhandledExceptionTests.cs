using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace MapDashboard.Web.Tests.Hardening;

/// <summary>
/// The app with a bug planted where every query starts (the context factory throws something that is not a database
/// failure): what a user and a program see, and what the log keeps.
/// </summary>
public sealed class BuggyServer : IAsyncLifetime
{
    public const string Secret = "secret detail of the planted bug";
    public PostgisDatabase Database { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public ConcurrentQueue<string> Log { get; } = new();
    private Factory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        _factory = new Factory(Database.ConnectionString, this);
        Client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class Factory(string connectionString, BuggyServer server) : DashboardFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(new QueueLoggerProvider(server.Log)));
            builder.ConfigureTestServices(s => s.AddSingleton<IDbContextFactory<MapDashboardDbContext>, ThrowingFactory>());
        }
    }

    private sealed class ThrowingFactory : IDbContextFactory<MapDashboardDbContext>
    {
        public MapDashboardDbContext CreateDbContext() => throw new InvalidOperationException(Secret);
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) log.Enqueue(formatter(state, exception) + " | " + exception?.Message);
        }
        public void Dispose() { }
    }
}

public sealed class UnhandledExceptionTests(BuggyServer server) : IClassFixture<BuggyServer>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_API_bug_is_a_500_problem_with_only_a_correlation_id_that_the_log_holds()
    {
        var response = await server.Client.GetAsync("/api/export/practices.csv", _ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.DoesNotContain(BuggyServer.Secret, body);
        Assert.DoesNotContain("Exception", body);
        using var json = JsonDocument.Parse(body);
        var id = json.RootElement.GetProperty("correlationId").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Contains(server.Log, line => line.Contains(id) && line.Contains(BuggyServer.Secret));
    }

    [Fact]
    public async Task A_page_bug_shows_an_error_message_with_the_id_that_the_log_holds()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await server.Client.SendAsync(request, _ct);

        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.DoesNotContain(BuggyServer.Secret, body);
        Assert.DoesNotContain("Exception", body);
        var id = System.Text.RegularExpressions.Regex.Match(body, "data-testid=\"error-id\">([0-9a-f]+)<").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Contains(server.Log, line => line.Contains(id) && line.Contains(BuggyServer.Secret));
    }
}
