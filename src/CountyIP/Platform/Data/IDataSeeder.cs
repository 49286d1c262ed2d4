namespace CountyIP.Platform.Data;

/// <summary>
/// Loads data on start after migrations. Reference seeders run always and must be idempotent (first start loads,
/// later starts leave the bureau's edits alone); demo seeders run only when demo data is enabled.
/// </summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first: reference data (100s), plans (200s), accounts (300s), demo (900s).</summary>
    int Order { get; }

    bool IsDemoData { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
