using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.Modules.Registry.Domain;

/// <summary>
/// A reminder sent for one annual fee at one stage (90, 30, 7 days before it falls due, or in its grace period): the
/// unique (patent, due day, stage) is what makes the daily job remind each fee once per stage, however often it runs.
/// </summary>
public sealed class FeeReminder
{
    private FeeReminder()
    {
    }

    public FeeReminder(Guid patentId, DateOnly dueOn, FeeStage stage, Guid? enterpriseId, DateTime sentUtc)
    {
        PatentId = patentId;
        DueOn = dueOn;
        Stage = stage;
        EnterpriseId = enterpriseId;
        SentUtc = sentUtc;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PatentId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public FeeStage Stage { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    public DateTime SentUtc { get; private set; }
}
