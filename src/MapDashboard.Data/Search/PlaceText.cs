namespace MapDashboard.Data.Search;

/// <summary>How the search box compares names: case, spaces, apostrophes and hyphens do not count.</summary>
public static class PlaceText
{
    public static string Fold(string s) =>
        new(s.Where(c => !char.IsWhiteSpace(c) && c is not '\'' and not '’' and not '-').Select(char.ToLowerInvariant).ToArray());
}
