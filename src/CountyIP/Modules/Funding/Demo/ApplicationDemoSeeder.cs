using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Funding.Demo;

/// <summary>
/// Applications in every state for the demo enterprise (issue 12 §8), so a newcomer sees the whole way: in 2014 under
/// the policy then in force, one paid in a paid batch, one in an unpaid batch, one approved waiting for a batch, one
/// waiting for a second approver, one rejected and one withdrawn (charged to the approved 2014 fiscal year); and today a
/// draft (with a right from the ledger when the enterprise holds one that can be claimed), one submitted to the town,
/// one past the town, two on public notice (one of them objected to) and one returned for more information. Runs after
/// the fiscal years and policies (<see cref="FundingDemoSeeder"/>); adds nothing when any application exists or the
/// demo policy or enterprise is missing.
/// </summary>
internal sealed class ApplicationDemoSeeder(CountyIpDbContext db, IEnterpriseRegistry enterprises, IRightsLedger ledger, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    private const string Town = "demo.town";
    private const string Reviewer = "demo.staff";
    private const string Approver = "demo.admin";
    private const string Payer = "demo.staff";

    public int Order => 970;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<FundingApplication>().AnyAsync(cancellationToken))
        {
            return;
        }

        var history = new DateOnly(2014, 3, 3);
        var policies = await db.Set<RewardPolicy>().Where(p => p.State != PolicyState.Draft).ToListAsync(cancellationToken);
        var then = policies.FirstOrDefault(p => p.Covers(history) && p.Items.Any(i => i.Kind == AchievementKind.Training));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = policies.FirstOrDefault(p => p.IsInForceOn(today) && p.Items.Any(i => i.Kind == AchievementKind.Training));
        var enterprise = await enterprises.FindAsync(Guid.Parse(DemoAccounts.EnterpriseScopeId), cancellationToken);
        var fiscal = await db.Set<FiscalYear>().FirstOrDefaultAsync(y => y.Year == history.Year, cancellationToken);
        if (then is null || now is null || enterprise is null || fiscal?.ApprovedSpecialFundAppropriation is null)
        {
            return;
        }

        var demo = new Builder(enterprise, db);
        SeedHistory(demo, then, fiscal, history);
        await SeedTodayAsync(demo, now, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void SeedHistory(Builder demo, RewardPolicy policy, FiscalYear fiscal, DateOnly start)
    {
        var training = policy.Items.First(i => i.Kind == AchievementKind.Training);
        var pledge = policy.Items.FirstOrDefault(i => i.Kind == AchievementKind.PledgeLoanInterest) ?? training;
        var project = policy.Items.FirstOrDefault(i => i.Kind == AchievementKind.IndustrialisationProject) ?? training;

        var paid = demo.Approved(policy, training, 40m, start, fiscal);
        var batched = demo.Approved(policy, training, 25m, start.AddDays(14), fiscal);
        demo.Approved(policy, pledge, 86_000m, start.AddDays(30), fiscal);
        var second = demo.Noticed(policy, project, 2m, start.AddDays(40));
        second.Apply(ApplicationAction.Approve, ApplicationStatus.AwaitingSecondApproval, Approver, null, start.AddDays(60), Utc(start.AddDays(60)));

        var paidBatch = demo.Batch("ZF20140415-001", start.AddDays(43), [paid]);
        paidBatch.MarkPaid(start.AddDays(48), Payer, Utc(start.AddDays(48)));
        paid.MarkPaid(start.AddDays(48), Payer, Utc(start.AddDays(48)));
        fiscal.RecordPaid(paid.Line, paid.Amount, Utc(start.AddDays(48)));
        demo.Batch("ZF20140520-002", start.AddDays(78), [batched]);

        var rejected = demo.Submitted(policy, training, 300m, start.AddDays(20));
        rejected.Apply(ApplicationAction.Reject, ApplicationStatus.Rejected, Town, "培训人次与签到记录不符，且未附培训通知。", start.AddDays(24), Utc(start.AddDays(24)));
        var withdrawn = demo.Submitted(policy, training, 10m, start.AddDays(22));
        withdrawn.Apply(ApplicationAction.Withdraw, ApplicationStatus.Withdrawn, Builder.Filer, "重复申报，撤回。", start.AddDays(23), Utc(start.AddDays(23)));
    }

    private async Task SeedTodayAsync(Builder demo, RewardPolicy policy, DateOnly today, CancellationToken cancellationToken)
    {
        var training = policy.Items.First(i => i.Kind == AchievementKind.Training);
        var pledge = policy.Items.FirstOrDefault(i => i.Kind == AchievementKind.PledgeLoanInterest) ?? training;

        // The draft cites a right of the ledger when the enterprise holds a claimable one (the form's path).
        var invention = policy.Items.FirstOrDefault(i => i.Kind == AchievementKind.InventionGrant);
        var right = invention is null ? null
            : (await ledger.HeldByAsync(demo.Enterprise.Id, LedgerRightKind.Patent, today, cancellationToken))
                .FirstOrDefault(r => !r.Foreign && r.Category == "Invention" && r.InForce && r.AchievedOn is { } on && policy.Covers(on));
        if (invention is not null && right is not null)
        {
            demo.Draft(policy, invention, null, [right], today.AddDays(-1));
        }
        else
        {
            demo.Draft(policy, training, 12m, [], today.AddDays(-1));
        }

        demo.Submitted(policy, training, 30m, today.AddDays(-3));
        var town = demo.Submitted(policy, pledge, 52_000m, today.AddDays(-6));
        town.Apply(ApplicationAction.TownApprove, ApplicationStatus.TownApproved, Town, "材料齐全，同意上报。", today.AddDays(-4), Utc(today.AddDays(-4)));
        demo.Noticed(policy, training, 20m, today.AddDays(-5), noticeStarts: today.AddDays(-1));
        var objected = demo.Noticed(policy, pledge, 36_500m, today.AddDays(-8), noticeStarts: today.AddDays(-2));
        objected.Object("该企业质押贷款已于去年获得贴息，疑似重复申报。", Utc(today.AddDays(-1)));
        var returned = demo.Submitted(policy, training, 60m, today.AddDays(-9));
        returned.Apply(ApplicationAction.Return, ApplicationStatus.Returned, Town, "请补充培训签到表和培训照片。", today.AddDays(-7), Utc(today.AddDays(-7)));
    }

    private static DateTime Utc(DateOnly date) => date.ToDateTime(new TimeOnly(2, 30), DateTimeKind.Utc);

    /// <summary>Builds applications step by step through the domain's own methods, as the use cases do.</summary>
    private sealed class Builder(EnterpriseRecord enterprise, CountyIpDbContext db)
    {
        public EnterpriseRecord Enterprise => enterprise;

        public const string Filer = "demo.enterprise";

        public FundingApplication Draft(RewardPolicy policy, PolicyItem item, decimal? quantity, IReadOnlyList<LedgerRight> rights, DateOnly on)
        {
            var application = new FundingApplication(enterprise.Id, enterprise.Name, enterprise.UnitCode, policy, item, Filer, false, Utc(on));
            var amount = AmountRule.Compute(item, [.. rights.Select(r => (r.ServiceInvention, r.Foreign))], quantity, 0m);
            var cited = rights.Select((r, i) => new ApplicationRight(r.Key, r.Number, r.Title, r.Category, r.AchievedOn, r.ServiceInvention, r.Foreign, amount.UnitAmounts[i])
            {
                LedgerId = r.Kind == LedgerRightKind.Patent ? r.Id : null,
            });
            application.SetContents(cited, quantity, amount, enterprise.Name, "中国银行福州仓山支行", "4071 5820 1234 5678 901", Utc(on));
            db.Add(application);
            return application;
        }

        public FundingApplication Submitted(RewardPolicy policy, PolicyItem item, decimal quantity, DateOnly on)
        {
            var application = Draft(policy, item, quantity, [], on);
            application.Apply(ApplicationAction.Submit, ApplicationStatus.Submitted, Filer, null, on, Utc(on));
            foreach (var key in application.ClaimKeys)
            {
                db.Add(new RightClaim(key, application.Id));
            }

            return application;
        }

        public FundingApplication Noticed(RewardPolicy policy, PolicyItem item, decimal quantity, DateOnly on, DateOnly? noticeStarts = null)
        {
            var application = Submitted(policy, item, quantity, on);
            application.Apply(ApplicationAction.TownApprove, ApplicationStatus.TownApproved, Town, null, on.AddDays(1), Utc(on.AddDays(1)));
            var starts = noticeStarts ?? on.AddDays(3);
            application.PutOnNotice(Reviewer, starts, starts.AddDays(7));
            application.Apply(ApplicationAction.BureauApprove, ApplicationStatus.InNotice, Reviewer, null, starts, Utc(starts));
            return application;
        }

        public FundingApplication Approved(RewardPolicy policy, PolicyItem item, decimal quantity, DateOnly on, FiscalYear fiscal)
        {
            var application = Noticed(policy, item, quantity, on);
            var approvedOn = on.AddDays(12);
            application.Apply(ApplicationAction.Approve, ApplicationStatus.Approved, Approver, null, approvedOn, Utc(approvedOn));
            fiscal.Commit(application.Line, application.Amount, Utc(approvedOn));
            return application;
        }

        public PaymentBatch Batch(string voucher, DateOnly on, IReadOnlyList<FundingApplication> applications)
        {
            var batch = new PaymentBatch(voucher, on,
                applications.Select(a => new PaymentEntry(a.Id, a.EnterpriseId, a.EnterpriseName, a.BankAccountName, a.BankName, a.BankAccount, a.Amount, a.Line, a.Year, a.ItemCode)),
                Payer, Utc(on));
            db.Add(batch);
            foreach (var application in applications)
            {
                application.AddToBatch(batch.Id, Payer, Utc(on));
            }

            return batch;
        }
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var count = await db.Set<FundingApplication>().CountAsync(cancellationToken);
        var batches = await db.Set<PaymentBatch>().CountAsync(cancellationToken);
        return $"Special fund: {count} applications, {batches} payment batches";
    }
}
