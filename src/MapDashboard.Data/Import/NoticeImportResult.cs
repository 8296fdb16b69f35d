namespace MapDashboard.Data.Import;

/// <summary>Practices added, updated (excerpt, offsets or indicators changed), removed and left unchanged by one import.</summary>
public sealed record NoticeImportResult(int Added, int Updated, int Removed, int Unchanged)
{
    public bool ChangedAnything => Added + Updated + Removed > 0;

    public override string ToString() => $"{Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged";
}

/// <summary>The import was refused before anything was written (e.g. a practice names a locality missing from admin_units).</summary>
public sealed class NoticeImportException(string message) : Exception(message);
