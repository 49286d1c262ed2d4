namespace CountyIP.Platform.Domain;

/// <summary>
/// A record two people may edit at once: it carries when it was created and last changed, and a version that the
/// data mapping declares as the optimistic-concurrency token (renewed by every change), so the second of two
/// concurrent saves is refused instead of silently overwriting the first (DESIGN.md: "two people acting at once
/// cannot corrupt a record"). Plain C#: module Domain classes derive from it and stay free of EF Core.
/// </summary>
public abstract class VersionedRecord
{
    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>Marks a change at <paramref name="utcNow"/>: sets the creation time once and renews the version.</summary>
    public void Touch(DateTime utcNow)
    {
        if (CreatedUtc == default)
        {
            CreatedUtc = utcNow;
        }

        UpdatedUtc = utcNow;
        Version = Guid.NewGuid();
    }
}
