namespace CountyIP.Modules.Registry.Domain;

/// <summary>
/// The notice sent to an enterprise that one of its patents ended (lapsed for an unpaid fee, invalidated, abandoned):
/// unique per patent and end day, so the daily job tells each end once, and a restored patent that ends again later is
/// told again.
/// </summary>
public sealed class StatusNotice
{
    private StatusNotice()
    {
    }

    public StatusNotice(Guid patentId, DateOnly endedOn, PatentLegalStatus status, Guid enterpriseId, DateTime sentUtc)
    {
        PatentId = patentId;
        EndedOn = endedOn;
        Status = status;
        EnterpriseId = enterpriseId;
        SentUtc = sentUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatentId { get; private set; }

    public DateOnly EndedOn { get; private set; }

    public PatentLegalStatus Status { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public DateTime SentUtc { get; private set; }
}
