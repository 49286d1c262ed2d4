namespace CountyIP.Modules.Transfer.Domain;

/// <summary>
/// A right named in a licence, pledge, assignment or project, as the ledger described it when the record was made:
/// <see cref="Key"/> is the ledger's key (<c>patent:{id}</c>, <c>trademark:{id}</c>) and number and title are copied so
/// the record still reads right if the ledger row is corrected later.
/// </summary>
public sealed record ContractRight(string Key, RightKind Kind, Guid RightId, string Number, string Title)
{
    public const int NumberMaxLength = 64;
    public const int TitleMaxLength = 500;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public static string PatentKey(Guid id) => "patent:" + id.ToString("D");

    public static string TrademarkKey(Guid id) => "trademark:" + id.ToString("D");
}

/// <summary>
/// One row per right that has ever been licensed, pledged or assigned: its version changes with every such record, so
/// two people acting on the same right at once cannot both pass the checks (the second save finds the version moved
/// and is checked again; DESIGN.md "two people acting at once").
/// </summary>
public sealed class RightLock
{
    private RightLock()
    {
    }

    public RightLock(string key) => Key = key;

    public string Key { get; private set; } = string.Empty;

    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Touch() => Version = Guid.NewGuid();
}
