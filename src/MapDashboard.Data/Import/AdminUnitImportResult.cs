namespace MapDashboard.Data.Import;

/// <summary>What one import did (or, in a dry run, would do): rows new to admin_units, rows whose content changed, rows already identical.</summary>
public sealed record AdminUnitImportResult(int Inserted, int Updated, int Unchanged)
{
    public int Total => Inserted + Updated + Unchanged;

    public override string ToString() => $"{Inserted} added, {Updated} changed, {Unchanged} unchanged";
}
