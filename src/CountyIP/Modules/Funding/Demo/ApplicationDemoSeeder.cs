using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Funding.UseCases;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
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
/// demo policy or enterprise is missing. Each carries evidence files (small PDFs and PNGs made now, stored and inspected
/// as an upload is), so the attachments list and its downloads are there to see.
/// </summary>
internal sealed class ApplicationDemoSeeder(CountyIpDbContext db, IEnterpriseRegistry enterprises, IRightsLedger ledger, IFileStore files, RecoveryScan recovery, IEnumerable<IScopeDirectory> directories, TimeProvider clock) : IDataSeeder, IDemoDataReport
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

        var demo = new Builder(enterprise, db, files, MakeEvidence());
        SeedHistory(demo, then, fiscal, history);
        var rewarded = await SeedRewardedRightsAsync(demo, then, fiscal, new DateOnly(2014, 12, 20), cancellationToken);
        await SeedDistrictAsync(demo, then, fiscal, cancellationToken);
        await SeedTodayAsync(demo, now, today, cancellationToken);
        if (rewarded is { Number: { } listed })
        {
            // A notice of abnormal filings naming one rewarded patent (and one of no district enterprise): its paid reward is flagged.
            db.Add(new AbnormalFiling(listed, "国知办函〔2016〕第 38 号", new DateOnly(2016, 11, 8), Reviewer, Utc(new DateOnly(2016, 11, 10))));
            db.Add(new AbnormalFiling("201510123456.0", "国知办函〔2016〕第 38 号", new DateOnly(2016, 11, 8), Reviewer, Utc(new DateOnly(2016, 11, 10))));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The recovery list starts with what the rule finds in the demo district (lapses after the 2014 rewards).
        await recovery.RunAsync(cancellationToken);
    }

    /// <summary>
    /// Grant rewards of 2014 paid in January 2015 on the demo enterprise's patents: those that ended since by the holder's
    /// doing (lapsed, invalidated, abandoned) become recovery flags through the scan when within the period; returns the
    /// right of one that did not, which the demo's abnormal-filing notice names (flagged as such).
    /// </summary>
    private async Task<ApplicationRight?> SeedRewardedRightsAsync(Builder demo, RewardPolicy policy, FiscalYear fiscal, DateOnly on, CancellationToken ct)
    {
        var held = await ledger.HeldByAsync(demo.Enterprise.Id, LedgerRightKind.Patent, on, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = (await ledger.HeldByAsync(demo.Enterprise.Id, LedgerRightKind.Patent, today, ct)).ToDictionary(r => r.Key);
        var candidates = held.Where(r => !r.Foreign && r.InForce && r.AchievedOn is { } achieved && policy.Covers(achieved) && current.ContainsKey(r.Key)).ToList();
        static bool EndedByHolder(LedgerRight r) => r is { InForce: false, Status: "Lapsed" or "Invalidated" or "Abandoned" };
        var ended = candidates.Where(r => EndedByHolder(current[r.Key])).OrderBy(r => current[r.Key].EndedOn).Take(2);
        // Not an invention: the demo's own draft and the browser journey cite the enterprise's inventions in force.
        var inForce = candidates.Where(r => !EndedByHolder(current[r.Key]) && r.Category != "Invention").Take(1);
        var paid = new List<FundingApplication>();
        foreach (var right in ended.Concat(inForce))
        {
            var kind = right.Category switch { "Invention" => AchievementKind.InventionGrant, "UtilityModel" => AchievementKind.UtilityModelGrant, _ => AchievementKind.DesignGrant };
            if (policy.Items.FirstOrDefault(i => i.Kind == kind) is not { } item)
            {
                continue;
            }

            var application = demo.Draft(policy, item, null, [right], on.AddDays(2));
            application.Apply(ApplicationAction.Submit, ApplicationStatus.Submitted, Builder.Filer, null, on.AddDays(2), Utc(on.AddDays(2)));
            foreach (var key in application.ClaimKeys)
            {
                db.Add(new RightClaim(key, application.Id));
            }

            Builder.Approve(application, on.AddDays(2), fiscal);
            paid.Add(application);
        }

        if (paid.Count == 0)
        {
            return null;
        }

        var batch = demo.Batch("ZF20150115-001", on.AddDays(26), paid);
        var paidOn = on.AddDays(31);
        batch.MarkPaid(paidOn, Payer, Utc(paidOn));
        foreach (var application in paid)
        {
            application.MarkPaid(paidOn, Payer, Utc(paidOn));
            fiscal.RecordPaid(application.Line, application.Amount, Utc(paidOn));
        }

        return inForce.Any() ? paid[^1].Rights[0] : null;
    }

    /// <summary>
    /// 2014's fund across the district, so the budget execution report has towns, industries, items and months to show:
    /// other enterprises' invention grant rewards (on patents still in force today, so no recovery flag follows), training
    /// subsidies and pledge-loan interest, filed by staff on their behalf from March to November; paid in batches of June,
    /// September and December, the November approvals left to pay.
    /// </summary>
    private async Task SeedDistrictAsync(Builder demo, RewardPolicy policy, FiscalYear fiscal, CancellationToken ct)
    {
        var training = policy.Items.First(i => i.Kind == AchievementKind.Training);
        var pledge = policy.Items.FirstOrDefault(i => i.Kind == AchievementKind.PledgeLoanInterest);
        var invention = policy.Items.FirstOrDefault(i => i.Kind == AchievementKind.InventionGrant);
        var directory = directories.FirstOrDefault(d => d.Kind == ScopeKind.Enterprise);
        if (directory is null)
        {
            return;
        }

        var others = new List<EnterpriseRecord>();
        var seen = new HashSet<(string?, string)>();
        foreach (var target in await directory.SearchAsync(null, 200, ct))
        {
            if (Guid.TryParse(target.Id, out var id) && id != demo.Enterprise.Id && await enterprises.FindAsync(id, ct) is { UnitCode: not null } found
                && seen.Add((found.UnitCode, string.Join(',', found.Industries))))
            {
                others.Add(found);
            }

            if (others.Count == 12)
            {
                break;
            }
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var approved = new List<FundingApplication>();
        for (var i = 0; i < others.Count; i++)
        {
            var other = demo.For(others[i]);
            var on = new DateOnly(2014, 3, 10).AddDays(i * 21);
            approved.Add(other.Approved(policy, training, 20m + (i % 4) * 10m, on, fiscal));
            if (pledge is not null && i % 2 == 0)
            {
                approved.Add(other.Approved(policy, pledge, 30_000m + i * 4_000m, on.AddDays(5), fiscal));
            }

            if (invention is not null)
            {
                var current = (await ledger.HeldByAsync(other.Enterprise.Id, LedgerRightKind.Patent, today, ct)).Where(r => r.InForce).Select(r => r.Key).ToHashSet();
                var rights = (await ledger.HeldByAsync(other.Enterprise.Id, LedgerRightKind.Patent, on, ct))
                    .Where(r => !r.Foreign && r.Category == "Invention" && r.InForce && r.AchievedOn is { } achieved && policy.Covers(achieved) && current.Contains(r.Key))
                    .Take(2).ToList();
                if (rights.Count > 0)
                {
                    approved.Add(other.ApprovedWithRights(policy, invention, rights, on.AddDays(9), fiscal));
                }
            }
        }

        (string Voucher, DateOnly On, DateOnly Until)[] batches =
        [
            ("ZF20140620-101", new DateOnly(2014, 6, 20), new DateOnly(2014, 6, 1)),
            ("ZF20140925-102", new DateOnly(2014, 9, 25), new DateOnly(2014, 9, 5)),
            ("ZF20141222-103", new DateOnly(2014, 12, 22), new DateOnly(2014, 11, 1)),
        ];
        var left = approved;
        foreach (var (voucher, on, until) in batches)
        {
            var due = left.Where(a => a.ApprovedOn <= until).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var batch = demo.Batch(voucher, on, due);
            var paidOn = on.AddDays(4);
            batch.MarkPaid(paidOn, Payer, Utc(paidOn));
            foreach (var application in due)
            {
                application.MarkPaid(paidOn, Payer, Utc(paidOn));
                fiscal.RecordPaid(application.Line, application.Amount, Utc(paidOn));
            }

            left = [.. left.Except(due)];
        }
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

    /// <summary>The demo's evidence files, made and inspected once; each application stores its own copy (removing one leaves the others).</summary>
    private static Dictionary<string, InspectedEvidence> MakeEvidence()
    {
        var made = new (string Name, byte[] Content)[]
        {
            ("培训通知.pdf", DemoEvidence.Pdf("Training notice (demo)", "Cangshan District IP training", "Issued by the enterprise's IP office")),
            ("培训现场照片.png", DemoEvidence.Png()),
            ("质押贷款合同.pdf", DemoEvidence.Pdf("Patent pledge loan contract (demo)", "Lender: Bank of China, Cangshan sub-branch", "Term: 12 months")),
            ("贷款利息凭证.png", DemoEvidence.Png(tint: 120)),
            ("产业化项目合同.pdf", DemoEvidence.Pdf("Industrialisation project contract (demo)", "Project period: one year")),
            ("发明专利证书.pdf", DemoEvidence.Pdf("Invention patent certificate (demo)", "Granted by CNIPA")),
        };
        return made.ToDictionary(
            m => m.Name,
            m => EvidenceInspector.Inspect(m.Content, m.Name) is ({ } file, _) ? file : throw new InvalidOperationException($"Demo evidence {m.Name} was refused."),
            StringComparer.Ordinal);
    }

    private static DateTime Utc(DateOnly date) => date.ToDateTime(new TimeOnly(2, 30), DateTimeKind.Utc);

    /// <summary>Builds applications step by step through the domain's own methods, as the use cases do.</summary>
    private sealed class Builder(EnterpriseRecord enterprise, CountyIpDbContext db, IFileStore files, IReadOnlyDictionary<string, InspectedEvidence> evidence, string filer = Builder.Filer)
    {
        public EnterpriseRecord Enterprise => enterprise;

        public const string Filer = "demo.enterprise";

        /// <summary>Applications of another enterprise, filed by bureau staff on its behalf.</summary>
        public Builder For(EnterpriseRecord other) => new(other, db, files, evidence, Reviewer);

        /// <summary>An application citing <paramref name="rights"/> of the ledger, submitted (its claims written) and approved.</summary>
        public FundingApplication ApprovedWithRights(RewardPolicy policy, PolicyItem item, IReadOnlyList<LedgerRight> rights, DateOnly on, FiscalYear fiscal)
        {
            var application = Draft(policy, item, null, rights, on);
            application.Apply(ApplicationAction.Submit, ApplicationStatus.Submitted, filer, null, on, Utc(on));
            foreach (var key in application.ClaimKeys)
            {
                db.Add(new RightClaim(key, application.Id));
            }

            return Approve(application, on, fiscal);
        }

        public FundingApplication Draft(RewardPolicy policy, PolicyItem item, decimal? quantity, IReadOnlyList<LedgerRight> rights, DateOnly on)
        {
            var application = new FundingApplication(enterprise.Id, enterprise.Name, enterprise.UnitCode, policy, item, filer, filer != Filer, Utc(on), enterprise.Industries);
            var amount = AmountRule.Compute(item, [.. rights.Select(r => (r.ServiceInvention, r.Foreign))], quantity, 0m);
            var cited = rights.Select((r, i) => new ApplicationRight(r.Key, r.Number, r.Title, r.Category, r.AchievedOn, r.ServiceInvention, r.Foreign, amount.UnitAmounts[i])
            {
                LedgerId = r.Kind == LedgerRightKind.Patent ? r.Id : null,
            });
            application.SetContents(cited, quantity, amount, enterprise.Name, "中国银行福州仓山支行", "4071 5820 1234 5678 901", Utc(on));
            foreach (var name in EvidenceFor(item))
            {
                var file = evidence[name];
                var (key, stream) = files.Create(UseCases.AttachEvidenceHandler.FileCategory);
                using (stream)
                {
                    stream.Write(file.Content);
                }

                application.Attach(key, file.FileName, file.ContentType, file.Content.LongLength, filer, Utc(on));
            }

            db.Add(application);
            return application;
        }

        /// <summary>What the enterprise attached for the item (the returned training application still lacks the sign-in sheet: see its reason).</summary>
        private static string[] EvidenceFor(PolicyItem item) => item.Kind switch
        {
            AchievementKind.Training => ["培训通知.pdf", "培训现场照片.png"],
            AchievementKind.PledgeLoanInterest => ["质押贷款合同.pdf", "贷款利息凭证.png"],
            AchievementKind.IndustrialisationProject => ["产业化项目合同.pdf"],
            AchievementKind.InventionGrant => ["发明专利证书.pdf"],
            _ => [],
        };

        public FundingApplication Submitted(RewardPolicy policy, PolicyItem item, decimal quantity, DateOnly on)
        {
            var application = Draft(policy, item, quantity, [], on);
            application.Apply(ApplicationAction.Submit, ApplicationStatus.Submitted, filer, null, on, Utc(on));
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

        public FundingApplication Approved(RewardPolicy policy, PolicyItem item, decimal quantity, DateOnly on, FiscalYear fiscal) =>
            Approve(Noticed(policy, item, quantity, on), on, fiscal);

        /// <summary>Takes a submitted application through the town, the bureau, the notice and the approval.</summary>
        public static FundingApplication Approve(FundingApplication application, DateOnly on, FiscalYear fiscal)
        {
            if (application.Status == ApplicationStatus.Submitted)
            {
                application.Apply(ApplicationAction.TownApprove, ApplicationStatus.TownApproved, Town, null, on.AddDays(1), Utc(on.AddDays(1)));
                application.PutOnNotice(Reviewer, on.AddDays(3), on.AddDays(10));
                application.Apply(ApplicationAction.BureauApprove, ApplicationStatus.InNotice, Reviewer, null, on.AddDays(3), Utc(on.AddDays(3)));
            }

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
