using MapDashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMapDashboard();

var app = builder.Build();
app.UseMapDashboard();
app.Run();

/// <summary>Entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
