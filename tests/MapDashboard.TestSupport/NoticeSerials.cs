namespace MapDashboard.TestSupport;

/// <summary>
/// Serial numbers for the notices tests make up ("[2022] No.N", notice id ndrc-2022-N), never the same twice in a test
/// run. The tests of a class share its seeded database, so a number two of them drew would make the later one import
/// over the earlier one's notice and find its revisions (they were drawn at random from 1000-99999).
/// </summary>
public static class NoticeSerials
{
    private static int _last = 999;

    public static int Next() => Interlocked.Increment(ref _last);
}
