using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Transfer.Domain;
using CountyIP.Modules.Transfer.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Transfer.Demo;

/// <summary>
/// IP use and finance of 2011-2015 when demo data is on and the module holds none yet (issue 16 §8): supported and
/// introduced industrialisation projects (the pilot years 2013-2014 pass the 40 supported, and fall just short of the 25
/// introduced), university transfers, licence filings (filed, one late, one waiting for the bureau, one cancelled),
/// pledges with the listed banks (those of 2011-2014 released when repaid, those of 2015 standing) and assignments (some
/// from institutions, after which the new owner licenses). Every record goes through the module's own handlers, so the
/// demo passes the same checks as a user; a record the checks refuse is left out. Deterministic per registry demo.
/// </summary>
internal sealed class TransferDemoSeeder(
    CountyIpDbContext db, IEnumerable<IScopeDirectory> directories, IRightsLedger ledger, ProjectHandler projects, LicenceHandler licences,
    PledgeHandler pledges, AssignmentHandler assignments, BankDirectory banks) : IDataSeeder, IDemoDataReport
{
    private static readonly Guid DemoEnterprise = Guid.Parse(DemoAccounts.EnterpriseScopeId);

    private static readonly string[] Industries = ["electrical", "electromechanical", "auto-parts", "new-materials", "new-energy", "electronic-information"];
    private static readonly string[] Outsiders = ["清华大学", "浙江大学", "中国科学院福建物质结构研究所", "上海某某新材料有限公司", "深圳某某电子股份有限公司", "北京某某科技有限公司"];

    /// <summary>After the registry's (900), protection's (950) and funding's (970) demo data.</summary>
    public int Order => 980;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<IndustrialisationProject>().AnyAsync(cancellationToken) || await db.Set<LicenceContract>().AnyAsync(cancellationToken)
            || directories.FirstOrDefault(d => d.Kind == ScopeKind.Enterprise) is not { } directory)
        {
            return;
        }

        var targets = await directory.SearchAsync(null, 120, cancellationToken);
        var enterprises = targets.Select(t => Guid.TryParse(t.Id, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        // Universities, colleges and institutes among them (院校): their assignments are the transfers the plan wants sped up.
        var institutions = targets.Where(t => t.Name.Contains("大学", StringComparison.Ordinal) || t.Name.Contains("学院", StringComparison.Ordinal) || t.Name.Contains("研究", StringComparison.Ordinal))
            .Select(t => Guid.TryParse(t.Id, out var id) ? id : Guid.Empty).ToHashSet();
        var bankCodes = (await banks.ListAsync(cancellationToken)).Select(b => b.Code).ToList();
        var index = 0;
        foreach (var year in new[] { 2011, 2012, 2013, 2014, 2015 })
        {
            var (supported, introduced) = year switch { 2013 => (21, 11), 2014 => (22, 12), _ => (8, 4) };
            var supportedDone = 0;
            var introducedDone = 0;
            var licencesDone = 0;
            var pledgesDone = 0;
            for (var attempt = 0; attempt < enterprises.Count * 2 && (supportedDone < supported || introducedDone < introduced || licencesDone < 6 || pledgesDone < 5); attempt++)
            {
                // Every tenth record is demo.enterprise's, so that account sees the module from its side.
                var enterprise = attempt % 10 == 0 && enterprises.Contains(DemoEnterprise) ? DemoEnterprise : enterprises[index++ % enterprises.Count];
                var start = new DateOnly(year, 1 + (attempt % 11), 5 + (attempt % 20));
                var held = (await ledger.HeldByAsync(enterprise, LedgerRightKind.Patent, start, cancellationToken))
                    .Where(r => r.InForce && r.FirstHolder && !r.Foreign && r.Id is not null).ToList();
                if (supportedDone < supported && held.Count > 0
                    && await TryAsync(() => projects.CreateAsync(Project(enterprise, ProjectKind.Supported, year, attempt, start, [held[0].Id!.Value], []), cancellationToken)) is { } project)
                {
                    supportedDone++;
                    await ProgressAsync(project, year, attempt, cancellationToken);
                }
                else if (introducedDone < introduced)
                {
                    var number = $"{year - 2}1{(attempt * 7919) + year:D7}";
                    var introducedPatent = new IntroducedPatentInput { Number = WithCheck(number), Owner = Outsiders[attempt % Outsiders.Length], Via = attempt % 3 == 0 ? IntroducedPatent.ViaAssignment : IntroducedPatent.ViaLicence };
                    if (await TryAsync(() => projects.CreateAsync(Project(enterprise, ProjectKind.Introduced, year, attempt, start, [], [introducedPatent]), cancellationToken)) is not null)
                    {
                        introducedDone++;
                    }
                }

                if (held.Count > 1 && licencesDone < 6)
                {
                    var licence = await TryAsync(() => licences.CreateAsync(new LicenceInput
                    {
                        LicensorId = enterprise, LicenseeName = Outsiders[(attempt + 3) % Outsiders.Length], PatentIds = [held[1].Id!.Value],
                        Kind = (LicenceKind)(attempt % 3), Territory = attempt % 2 == 0 ? "全国" : "福建省", StartDate = start, EndDate = start.AddYears(3), SignedOn = start.AddDays(-10),
                        Royalty = 50_000m + attempt * 1_000m,
                    }, cancellationToken));
                    if (licence is not null)
                    {
                        licencesDone++;
                        await FileOrCancelAsync(licence, year, licencesDone, cancellationToken);
                    }
                }

                if (held.Count > 2 && pledgesDone < 5 && bankCodes.Count > 0)
                {
                    var pledge = await TryAsync(() => pledges.CreateAsync(new PledgeInput
                    {
                        PledgorId = enterprise, BankCode = bankCodes[(year + attempt) % bankCodes.Count], PatentIds = [held[2].Id!.Value], TrademarkIds = [],
                        Amount = 1_000_000m + attempt * 250_000m, Valuation = 1_800_000m + attempt * 300_000m, StartDate = start, EndDate = start.AddYears(1).AddDays(-1),
                        RegistrationNumber = $"Y{year}{attempt:D4}",
                    }, cancellationToken));
                    if (pledge is not null)
                    {
                        pledgesDone++;
                        if (year < 2015)
                        {
                            await pledges.ReleaseAsync(pledge.Id, new ReleaseInput { On = pledge.EndDate }, cancellationToken);
                        }
                    }
                }

                if (held.Count > 1 && (attempt % 4 == 1 || institutions.Contains(enterprise)) && year <= 2014)
                {
                    var buyer = enterprises[(index + 5) % enterprises.Count];
                    var sold = held[^1].Id!.Value;
                    var on = start.AddDays(20);
                    var assignment = await TryAsync(() => assignments.CreateAsync(new AssignmentInput
                    {
                        AssignorId = enterprise, AssigneeId = buyer == enterprise ? null : buyer, AssigneeName = buyer == enterprise ? "福州某某机电有限公司" : null,
                        PatentIds = [sold], Date = on, Price = 200_000m + attempt * 10_000m, FromInstitution = institutions.Contains(enterprise),
                    }, cancellationToken));
                    if (assignment?.AssigneeId is { } owner)
                    {
                        // The new owner licenses what it bought: the check sees it as the holder from the assignment's day.
                        await TryAsync(() => licences.CreateAsync(new LicenceInput
                        {
                            LicensorId = owner, LicenseeName = "福州某某电气设备有限公司", PatentIds = [sold], Kind = LicenceKind.Ordinary, Territory = "福建省",
                            StartDate = on.AddDays(30), EndDate = on.AddDays(30).AddYears(2), SignedOn = on.AddDays(25), Royalty = 30_000m,
                        }, cancellationToken));
                    }
                }
            }
        }
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        $"IP use and finance: {await db.Set<IndustrialisationProject>().CountAsync(cancellationToken)} projects, {await db.Set<LicenceContract>().CountAsync(cancellationToken)} licences, "
        + $"{await db.Set<Pledge>().CountAsync(cancellationToken)} pledges, {await db.Set<Assignment>().CountAsync(cancellationToken)} assignments";

    private static ProjectInput Project(Guid enterprise, ProjectKind kind, int year, int attempt, DateOnly start, List<Guid> patents, List<IntroducedPatentInput> introduced) => new()
    {
        EnterpriseId = enterprise,
        Title = kind == ProjectKind.Supported ? $"{Topic(attempt)}产业化（{year}）" : $"引进{Topic(attempt)}专利产业化（{year}）",
        Kind = kind,
        PatentIds = patents,
        IntroducedPatents = introduced,
        Industry = Industries[attempt % Industries.Length],
        StartDate = start,
        PlannedEndDate = start.AddYears(2),
        Investment = 3_000_000m + attempt * 150_000m,
        SupportAmount = kind == ProjectKind.Supported ? 100_000m + (attempt % 5) * 50_000m : null,
        SupportedOn = kind == ProjectKind.Supported ? start.AddDays(30) is var d && d.Year == year ? d : start : null,
    };

    private static string Topic(int attempt) => (attempt % 6) switch
    {
        0 => "智能配电开关",
        1 => "高效电机控制器",
        2 => "汽车制动片新配方",
        3 => "石墨烯导热膜",
        4 => "锂电池管理系统",
        _ => "物联网传感模块",
    };

    /// <summary>The application number with the check character the ledger accepts (ZC 0006-2003, checked by the Registry).</summary>
    private string WithCheck(string digits) =>
        "0123456789X".Select(c => ledger.CanonicalPatentNumber($"{digits}.{c}")).FirstOrDefault(n => n is not null) ?? digits;

    private static async Task<T?> TryAsync<T>(Func<Task<T>> create)
        where T : class
    {
        try
        {
            return await create();
        }
        catch (BusinessRuleException)
        {
            return null;
        }
        catch (Platform.Web.Validation.InputValidationException)
        {
            return null;
        }
    }

    /// <summary>Milestones, yearly figures and, for the earlier years, the bureau's acceptance.</summary>
    private async Task ProgressAsync(ProjectView project, int year, int attempt, CancellationToken cancellationToken)
    {
        await projects.AddMilestoneAsync(project.Id, new MilestoneInput { Title = "完成样机试制", DueOn = project.StartDate.AddMonths(6), DoneOn = project.StartDate.AddMonths(7), Evidence = "样机检测报告" }, cancellationToken);
        await projects.AddMilestoneAsync(project.Id, new MilestoneInput { Title = "实现批量生产", DueOn = project.StartDate.AddMonths(18) }, cancellationToken);
        await projects.ReportYearAsync(project.Id, new YearReportInput { Year = year, OutputValue = 2_000_000m + attempt * 100_000m, Sales = 1_500_000m + attempt * 80_000m, Jobs = 10 + attempt % 30 }, cancellationToken);
        if (year <= 2014)
        {
            await projects.ConcludeAsync(project.Id, new ConclusionInput { Result = attempt % 9 == 4 ? nameof(ProjectState.Failed) : nameof(ProjectState.Accepted), On = project.PlannedEndDate, Note = "经专家验收" }, cancellationToken);
        }
    }

    /// <summary>
    /// Most licences are filed within 3 months; the second of each year is filed late, the last of 2015 waits, one is
    /// cancelled, and the first of 2013 is extended by a year with a higher royalty (a change the checks may refuse, as a
    /// user's would be).
    /// </summary>
    private async Task FileOrCancelAsync(LicenceView licence, int year, int n, CancellationToken cancellationToken)
    {
        if (year == 2015 && n == 6)
        {
            return;
        }

        await licences.FileAsync(licence.Id, new LicenceFilingInput { FiledOn = n == 2 ? licence.StartDate.AddMonths(5) : licence.StartDate.AddDays(40) }, cancellationToken);
        if (year == 2012 && n == 3)
        {
            await licences.CancelAsync(licence.Id, new CancelInput { Reason = "双方协议提前解除合同", On = licence.StartDate.AddYears(1) }, cancellationToken);
        }

        if (year == 2013 && n == 1)
        {
            await TryAsync<LicenceView>(async () => (await licences.ChangeAsync(licence.Id, new LicenceChangeInput
            {
                EndDate = licence.RequestedEndDate.AddYears(1), Royalty = (licence.Royalty ?? 0m) + 20_000m, On = licence.EndDate.AddMonths(-1), Note = "续签补充协议：许可期限延长一年，许可使用费相应提高",
            }, cancellationToken))!);
        }
    }
}
