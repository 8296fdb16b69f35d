namespace MapDashboard.Web.Shell.FirstPaint;

/// <summary>Reads a text file of wwwroot (through the host's file provider, so static web assets count too).</summary>
internal static class WebRootText
{
    /// <summary>The file's text, or null when wwwroot has no such file.</summary>
    public static string? Read(IWebHostEnvironment environment, string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists) return null;
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}
