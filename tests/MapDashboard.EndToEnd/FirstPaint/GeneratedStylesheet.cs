using Xunit;

namespace MapDashboard.EndToEnd.FirstPaint;

/// <summary>A stylesheet generated from MudBlazor's and committed: rewritten when the update variable says so, else
/// compared with what the running app and its sources give now.</summary>
public static class GeneratedStylesheet
{
    public static async Task AssertUpToDateAsync(string committedPath, string built, string outOfDateWith)
    {
        var cancel = TestContext.Current.CancellationToken;
        if (Environment.GetEnvironmentVariable(FirstPaintStylesheet.UpdateVariable) == "1")
            await File.WriteAllTextAsync(committedPath, built, cancel);
        var committed = await File.ReadAllTextAsync(committedPath, cancel);
        Assert.True(committed == built,
            $"{committedPath} is out of date with {outOfDateWith}: run the tests of its class with {FirstPaintStylesheet.UpdateVariable}=1 and commit the file.");
    }
}
