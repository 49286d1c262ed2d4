using System.Globalization;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.Modules.Registry.Demo;

/// <summary>A unit of the district the demo enterprises are spread over (from the reference data).</summary>
internal sealed record DemoUnit(string Code, string Name);

/// <summary>Everything one generator run produces, in insertion order.</summary>
internal sealed class DemoDataSet
{
    public List<ServiceAgency> Agencies { get; } = [];

    public List<Enterprise> Enterprises { get; } = [];

    public List<Patent> Patents { get; } = [];

    public List<Trademark> Trademarks { get; } = [];

    public List<CopyrightRegistration> Copyrights { get; } = [];

    public List<StandardsProject> Standards { get; } = [];
}

/// <summary>
/// Builds a believable district for demonstrations (issue 3 §7): enterprises of the plan's industries spread over the
/// units, their patents of 2011-2015 (the plan's period) with valid identifiers, trademarks, copyrights, standards,
/// designations, contact logs and the district's service agencies. Everything comes from one seeded
/// <see cref="Random"/>, so the same seed, scale and units give the same data.
/// </summary>
internal sealed class DemoDataGenerator
{
    /// <summary>Per unit of scale.</summary>
    public const int EnterprisesPerScale = 300;

    public const int InstitutionsPerScale = 12;

    public const int PatentsPerScale = 3000;

    public const int TrademarksPerScale = 400;

    public const int CopyrightsPerScale = 300;

    public const int StandardsPerScale = 60;

    public const int AgenciesPerScale = 10;

    /// <summary>Statuses are as of this date: the data describes the plan's period as the bureau saw it at its end.</summary>
    public static readonly DateOnly AsOf = new(2016, 12, 31);

    private readonly Random random;
    private readonly int scale;
    private readonly IReadOnlyList<DemoUnit> units;
    private readonly DateTime utcNow;
    private readonly Guid demoEnterpriseId;
    private readonly HashSet<string> creditCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> numbers = new(StringComparer.Ordinal);
    private readonly List<(Enterprise Enterprise, IndustryVocabulary Industry, string Brand)> companies = [];
    private readonly List<(string Name, string Code)> patentAgencies = [];
    private long publicationCounter = 102_400_000;
    private long grantUCounter = 202_100_000;
    private long grantSCounter = 301_500_000;

    private DemoDataGenerator(int seed, int scale, IReadOnlyList<DemoUnit> units, DateTime utcNow, Guid demoEnterpriseId)
    {
        if (units.Count == 0)
        {
            throw new ArgumentException("Demo data needs at least one unit.", nameof(units));
        }

        random = new Random(seed);
        this.scale = Math.Max(scale, 1);
        this.units = units;
        this.utcNow = utcNow;
        this.demoEnterpriseId = demoEnterpriseId;
    }

    /// <param name="demoEnterpriseId">Id of the first enterprise, the one the demo Enterprise account is scoped to.</param>
    public static DemoDataSet Generate(int seed, int scale, IReadOnlyList<DemoUnit> units, DateTime utcNow, Guid demoEnterpriseId)
        => new DemoDataGenerator(seed, scale, units, utcNow, demoEnterpriseId).Run();

    private DemoDataSet Run()
    {
        var set = new DemoDataSet();
        for (var i = 0; i < AgenciesPerScale * scale; i++)
        {
            set.Agencies.Add(NewAgency(i));
        }

        for (var i = 0; i < EnterprisesPerScale * scale; i++)
        {
            set.Enterprises.Add(NewEnterprise(i));
        }

        for (var i = 0; i < InstitutionsPerScale * scale; i++)
        {
            set.Enterprises.Add(NewInstitution(i));
        }

        var weights = companies.Select(c => c.Enterprise.Size switch
        {
            EnterpriseSize.Large => 24,
            EnterpriseSize.Medium => 9,
            EnterpriseSize.Small => 3,
            _ => 1,
        }).ToArray();
        var totalWeight = weights.Sum();
        for (var i = 0; i < PatentsPerScale * scale; i++)
        {
            // The demo enterprise files regularly so its account has a portfolio to look at.
            var owner = i % 97 == 0 ? companies[0] : companies[Weighted(weights, totalWeight)];
            set.Patents.Add(NewPatent(owner, set.Enterprises));
        }

        AddTrademarks(set);
        AddCopyrights(set);
        AddStandards(set);
        return set;
    }

    private ServiceAgency NewAgency(int index)
    {
        var unit = Pick(units);
        var brand = UniqueName(() => Pick(DemoVocabulary.BrandCharacters) + Pick(DemoVocabulary.BrandCharacters), b => $"agency:{b}");
        var kind = (index % 5) switch
        {
            0 or 1 => AgencyKind.PatentAgency,
            2 => AgencyKind.TrademarkAgency,
            3 => AgencyKind.Branch,
            _ => AgencyKind.Other,
        };
        var name = kind switch
        {
            AgencyKind.PatentAgency => $"福州{brand}专利代理事务所（普通合伙）",
            AgencyKind.TrademarkAgency => $"福州{brand}商标代理有限公司",
            AgencyKind.Branch => $"北京{brand}知识产权代理有限公司福州分公司",
            _ => $"福州{brand}知识产权服务有限公司",
        };
        var established = new DateOnly(2003 + random.Next(0, 13), random.Next(1, 13), random.Next(1, 29));
        if (kind is AgencyKind.PatentAgency or AgencyKind.Branch)
        {
            patentAgencies.Add((name, (35_100 + index).ToString(CultureInfo.InvariantCulture)));
        }

        var agency = new ServiceAgency
        {
            Name = name,
            CreditCode = NewCreditCode('9', '1', "350104"),
            Kind = kind,
            UnitCode = unit.Code,
            EstablishedOn = established,
            ClosedOn = index % 9 == 8 ? established.AddYears(random.Next(3, 8)) : null,
            Services = kind switch
            {
                AgencyKind.PatentAgency or AgencyKind.Branch => "专利申请代理；专利检索分析；专利无效与诉讼咨询",
                AgencyKind.TrademarkAgency => "商标注册代理；商标续展；商标异议",
                _ => "知识产权咨询；专利权质押融资服务；知识产权培训",
            },
        };
        agency.Touch(utcNow);
        return agency;
    }

    private Enterprise NewEnterprise(int index)
    {
        var industry = Pick(DemoVocabulary.Industries);
        var brand = string.Empty;
        var name = UniqueName(
            () =>
            {
                brand = Pick(DemoVocabulary.BrandCharacters) + Pick(DemoVocabulary.BrandCharacters);
                return $"福州{brand}{Pick(industry.CompanyWords)}{Pick(DemoVocabulary.CompanySuffixes)}";
            },
            n => n);
        var unit = index == 0 ? units[0] : Pick(units);
        var size = index == 0 ? EnterpriseSize.Large : Roll() switch
        {
            < 0.06 => EnterpriseSize.Large,
            < 0.25 => EnterpriseSize.Medium,
            < 0.65 => EnterpriseSize.Small,
            _ => EnterpriseSize.Micro,
        };
        var tags = industry.Tag;
        if (Roll() < 0.12)
        {
            tags |= Pick(DemoVocabulary.Industries).Tag;
        }

        var enterprise = new Enterprise
        {
            Id = index == 0 ? demoEnterpriseId : NewGuid(),
            Name = name,
            CreditCode = NewCreditCode('9', '1', Roll() < 0.85 ? "350104" : "350100"),
            Kind = OrganisationKind.Enterprise,
            UnitCode = unit.Code,
            Address = $"福建省福州市仓山区{unit.Name}{Pick(DemoVocabulary.Roads)}{random.Next(1, 400)}号",
            IndustrySection = industry.Section,
            IndustryEdition = "2011",
            IndustryTags = tags,
            StrategicEmerging = industry.StrategicEmerging,
            Size = size,
            KeyIndustry = size is EnterpriseSize.Large or EnterpriseSize.Medium && Roll() < 0.6,
        };
        var bigger = size is EnterpriseSize.Large or EnterpriseSize.Medium;
        if (index == 0 || Roll() < (bigger ? 0.55 : 0.12))
        {
            var year = random.Next(2011, 2016);
            enterprise.HighTechCertificateNumber = $"GR{year}35{random.Next(0, 1_000_000):000000}";
            enterprise.HighTechValidUntil = new DateOnly(year + 3, random.Next(1, 13), random.Next(1, 29));
        }

        enterprise.HasIpManagementBody = index == 0 || Roll() < (bigger ? 0.7 : 0.15);
        enterprise.FullTimeIpStaff = enterprise.HasIpManagementBody ? random.Next(1, bigger ? 6 : 3) : 0;
        enterprise.PartTimeIpStaff = random.Next(0, 4);
        if (enterprise.HasIpManagementBody && Roll() < 0.6)
        {
            enterprise.IpStrategyAdoptedOn = new DateOnly(random.Next(2011, 2016), random.Next(1, 13), random.Next(1, 29));
        }

        if (index == 0 || Roll() < (bigger ? 0.8 : 0.3))
        {
            enterprise.ContactStartedOn = new DateOnly(random.Next(2011, 2015), random.Next(1, 13), random.Next(1, 29));
            enterprise.ContactPerson = PersonName();
            var count = random.Next(1, 7);
            var date = enterprise.ContactStartedOn.Value;
            for (var c = 0; c < count && date < AsOf; c++)
            {
                enterprise.LogContact(new ContactLogEntry(date, Pick(Enum.GetValues<ContactKind>()), Pick(DemoVocabulary.ContactNotes), Pick(DemoVocabulary.StaffNames)));
                date = date.AddDays(random.Next(20, 200));
            }
        }

        enterprise.ReplaceDesignations(NewDesignations(index == 0, bigger));
        enterprise.Touch(utcNow);
        companies.Add((enterprise, industry, brand));
        return enterprise;
    }

    private List<Designation> NewDesignations(bool demo, bool bigger)
    {
        var list = new List<Designation>();
        foreach (var level in Enum.GetValues<DesignationLevel>())
        {
            var chance = level switch
            {
                DesignationLevel.National => bigger ? 0.06 : 0.005,
                DesignationLevel.Provincial => bigger ? 0.18 : 0.03,
                _ => bigger ? 0.3 : 0.08,
            };
            if (!(demo && level == DesignationLevel.Municipal) && Roll() >= chance)
            {
                continue;
            }

            var kind = Roll() < 0.4 ? DesignationKind.Demonstration : DesignationKind.Pilot;
            var (title, body) = (level, kind) switch
            {
                (DesignationLevel.National, DesignationKind.Demonstration) => ("国家知识产权示范企业", "国家知识产权局"),
                (DesignationLevel.National, _) => ("国家知识产权优势企业（试点）", "国家知识产权局"),
                (DesignationLevel.Provincial, DesignationKind.Demonstration) => ("福建省知识产权示范企业", "福建省知识产权局"),
                (DesignationLevel.Provincial, _) => ("福建省知识产权试点企业", "福建省知识产权局"),
                (_, DesignationKind.Demonstration) => ("福州市知识产权示范企业", "福州市知识产权局"),
                _ => ("福州市知识产权试点企业", "福州市知识产权局"),
            };
            var year = random.Next(2011, 2016);
            list.Add(new Designation(level, kind, title, body, year, new DateOnly(year + 3, 12, 31)));
        }

        return list;
    }

    private Enterprise NewInstitution(int index)
    {
        var (kind, name, type) = (index % 3) switch
        {
            0 => (OrganisationKind.University, UniqueName(() => $"福州{Pick(DemoVocabulary.BrandCharacters)}{Pick(DemoVocabulary.BrandCharacters)}职业技术学院", n => n), '2'),
            1 => (OrganisationKind.ResearchInstitute, UniqueName(() => $"福建省{Pick(DemoVocabulary.BrandCharacters)}{Pick(DemoVocabulary.BrandCharacters)}{Pick(DemoVocabulary.ResearchFields)}研究所", n => n), '2'),
            _ => (OrganisationKind.Hospital, UniqueName(() => $"福州市仓山区{Pick(DemoVocabulary.BrandCharacters)}{Pick(DemoVocabulary.BrandCharacters)}医院", n => n), '2'),
        };
        var unit = Pick(units);
        var institution = new Enterprise
        {
            Id = NewGuid(),
            Name = name,
            CreditCode = NewCreditCode('1', type, "350104"),
            Kind = kind,
            UnitCode = unit.Code,
            Address = $"福建省福州市仓山区{unit.Name}{Pick(DemoVocabulary.Roads)}{random.Next(1, 400)}号",
            IndustrySection = kind == OrganisationKind.Hospital ? "Q" : kind == OrganisationKind.University ? "P" : "M",
            IndustryEdition = "2011",
            HasIpManagementBody = Roll() < 0.5,
        };
        institution.Touch(utcNow);
        return institution;
    }

    private Patent NewPatent((Enterprise Enterprise, IndustryVocabulary Industry, string Brand) owner, List<Enterprise> all)
    {
        var industry = owner.Industry;
        var type = Roll() switch
        {
            < 0.3 => PatentType.Invention,
            < 0.8 => PatentType.UtilityModel,
            _ => PatentType.Design,
        };

        // Filings grow over the plan's period (the plan's target is growth each year).
        var year = 2011 + Weighted([10, 13, 17, 21, 25], 86);
        var filing = new DateOnly(year, 1, 1).AddDays(random.Next(0, DateTime.IsLeapYear(year) ? 366 : 365));
        var number = NewApplicationNumber(year, type);
        var product = Pick(industry.Products);
        var title = type switch
        {
            PatentType.Invention => $"一种{Pick(DemoVocabulary.Modifiers)}{product}{Pick(DemoVocabulary.InventionSuffixes)}",
            PatentType.UtilityModel => $"一种{(Roll() < 0.5 ? Pick(DemoVocabulary.Modifiers) : string.Empty)}{product}",
            _ => Roll() < 0.5 ? $"{product}（{(char)('A' + random.Next(0, 6))}{random.Next(1, 30)}型）" : $"{product}外壳",
        };

        var patent = new Patent { ApplicationNumber = number, Title = title, Type = type };
        patent.Abstract = Abstract(type, title, industry);
        patent.Inventors = string.Join(';', Enumerable.Range(0, random.Next(1, 5)).Select(_ => PersonName()).Distinct());
        patent.FilingDate = filing;
        if (type != PatentType.Design)
        {
            patent.IpcMain = Pick(industry.Ipc);
            var further = industry.Ipc.Where(s => s != patent.IpcMain).OrderBy(_ => random.Next()).Take(random.Next(0, 3)).ToList();
            patent.IpcFurther = further.Count == 0 ? null : string.Join(';', further);
        }

        if (patentAgencies.Count > 0 && Roll() < 0.75)
        {
            (string Name, string Code) agency = Roll() < 0.8 ? Pick(patentAgencies) : ("北京集佳知识产权代理有限公司", "11227");
            patent.AgencyName = agency.Name;
            patent.AgencyCode = agency.Code;
        }

        AddApplicants(patent, owner.Enterprise, all);
        AddStatus(patent, type, filing);
        patent.Touch(utcNow);
        return patent;
    }

    private void AddApplicants(Patent patent, Enterprise owner, List<Enterprise> all)
    {
        var roll = Roll();
        var applicants = new List<PatentApplicant>();
        if (roll < 0.08)
        {
            // A resident inventor filing alone: in the district by address, no enterprise link.
            var unit = Pick(units);
            applicants.Add(new PatentApplicant(PersonName(), ApplicantKind.Individual, null, null));
            patent.ApplicantAddress = $"福建省福州市仓山区{unit.Name}{Pick(DemoVocabulary.Roads)}{random.Next(1, 400)}号";
            patent.SetApplicants(applicants, true, unit.Code, null);
            return;
        }

        if (roll < 0.15)
        {
            // An outside company first, the district enterprise as co-applicant: kept and marked external.
            var place = Pick(DemoVocabulary.OutsidePlaces);
            var city = place.Contains("福州", StringComparison.Ordinal) ? "福州" : place[3..5];
            applicants.Add(new PatentApplicant($"{city}{Pick(DemoVocabulary.BrandCharacters)}{Pick(DemoVocabulary.BrandCharacters)}科技有限公司", ApplicantKind.Organisation, null, null));
            applicants.Add(new PatentApplicant(owner.Name, ApplicantKind.Organisation, owner.Id, owner.CreditCode));
            patent.ApplicantAddress = $"{place}{Pick(DemoVocabulary.Roads)}{random.Next(1, 400)}号";
            patent.SetApplicants(applicants, false, null, null);
            return;
        }

        applicants.Add(new PatentApplicant(owner.Name, ApplicantKind.Organisation, owner.Id, owner.CreditCode));
        if (roll > 0.85)
        {
            // Joint filings with a district institution, another enterprise or the inventor.
            var partner = Pick(all);
            if (partner.Id != owner.Id)
            {
                applicants.Add(new PatentApplicant(partner.Name, ApplicantKind.Organisation, partner.Id, partner.CreditCode));
            }
            else
            {
                applicants.Add(new PatentApplicant(PersonName(), ApplicantKind.Individual, null, null));
            }
        }

        patent.ApplicantAddress = owner.Address;
        patent.SetApplicants(applicants, true, owner.UnitCode, null);
    }

    private void AddStatus(Patent patent, PatentType type, DateOnly filing)
    {
        patent.ChangeStatus(PatentLegalStatus.Pending, filing, null);
        if (type == PatentType.Invention)
        {
            var published = filing.AddMonths(18);
            if (published <= AsOf)
            {
                patent.PublicationNumber = $"CN{publicationCounter += random.Next(50, 3000)}A";
                patent.PublicationDate = published;
            }

            var decided = filing.AddDays(random.Next(700, 1500));
            if (decided > AsOf)
            {
                return;
            }

            var outcome = Roll();
            if (outcome < 0.12)
            {
                patent.ChangeStatus(PatentLegalStatus.Rejected, decided, "驳回");
                return;
            }

            if (outcome < 0.3)
            {
                patent.ChangeStatus(PatentLegalStatus.Withdrawn, decided, "视为撤回");
                return;
            }

            patent.GrantNumber = $"CN{publicationCounter += random.Next(50, 3000)}B";
            patent.GrantDate = decided;
        }
        else
        {
            var granted = filing.AddDays(random.Next(150, 330));
            if (granted > AsOf || Roll() < 0.04)
            {
                return;
            }

            patent.GrantNumber = type == PatentType.UtilityModel ? $"CN{grantUCounter += random.Next(50, 3000)}U" : $"CN{grantSCounter += random.Next(50, 3000)}S";
            patent.GrantDate = granted;
            patent.PublicationNumber = patent.GrantNumber;
            patent.PublicationDate = granted;
        }

        patent.ChangeStatus(PatentLegalStatus.Granted, patent.GrantDate!.Value, null);
        var anniversary = NextAnniversary(filing, patent.GrantDate.Value);
        if (Roll() < 0.12 && anniversary.AddMonths(6) <= AsOf)
        {
            // Fees not paid after the grace period: lapsed as of the due date (Patent Law Implementing Rules art. 98).
            patent.ChangeStatus(PatentLegalStatus.Lapsed, anniversary, "未缴年费专利权终止");
            patent.AnnualFeePaidUntil = anniversary.AddDays(-1);
            return;
        }

        if (Roll() < 0.01)
        {
            patent.ChangeStatus(PatentLegalStatus.Invalidated, patent.GrantDate.Value.AddDays(random.Next(200, 900)), "宣告专利权全部无效");
            return;
        }

        MaintainAfterSnapshot(patent, filing);
    }

    /// <summary>
    /// The years after the snapshot, up to today: most holders pay each year's fee until the term ends (期限届满), some
    /// stop (未缴年费终止 as of the due date, 专利法实施细则 art. 98). CNIPA's later status is recorded for most; for a few
    /// the record keeps 有效, as registers often lag, so the demo shows discrepancies to check (ADR 0016).
    /// </summary>
    private void MaintainAfterSnapshot(Patent patent, DateOnly filing)
    {
        var today = DateOnly.FromDateTime(utcNow);
        var termEnds = patent.TermEndsOn!.Value;
        var firstDue = NextAnniversary(filing, AsOf);
        var recordLater = Roll() >= 0.05;
        if (Roll() < 0.3)
        {
            var due = firstDue.AddYears(random.Next(0, 6));
            if (due <= termEnds && PatentLegalStatusRule.LapseIsFinal(due.AddDays(-1), today))
            {
                patent.AnnualFeePaidUntil = due.AddDays(-1);
                if (recordLater)
                {
                    patent.ChangeStatus(PatentLegalStatus.Lapsed, due, "未缴年费专利权终止");
                }

                return;
            }
        }

        if (termEnds < today)
        {
            patent.AnnualFeePaidUntil = termEnds;
            if (recordLater)
            {
                patent.ChangeStatus(PatentLegalStatus.Expired, termEnds.AddDays(1), "专利权期限届满终止");
            }

            return;
        }

        patent.AnnualFeePaidUntil = NextAnniversary(filing, today).AddDays(-1);

        // About one holder in fourteen is late with this year's fee and still within its grace period, so the fee
        // calendar and its reminders have overdue fees to show. Chosen by the number, not by a draw: the random
        // sequence, and so the rest of the demo district, stays as it was.
        var lastDue = NextAnniversary(filing, today).AddYears(-1);
        if (DigitSum(patent.ApplicationNumber) % 14 == 0 && lastDue > patent.GrantDate && !PatentLegalStatusRule.LapseIsFinal(lastDue.AddDays(-1), today))
        {
            patent.AnnualFeePaidUntil = lastDue.AddDays(-1);
        }
    }

    private static int DigitSum(string number) => number.Where(char.IsAsciiDigit).Sum(c => c - '0');

    private static DateOnly NextAnniversary(DateOnly filing, DateOnly after)
    {
        var date = filing.AddYears(after.Year - filing.Year);
        return date > after ? date : date.AddYears(1);
    }

    private string Abstract(PatentType type, string title, IndustryVocabulary industry)
    {
        if (type == PatentType.Design)
        {
            return $"1．本外观设计产品的名称：{title}。2．本外观设计产品的用途：用于{Pick(DemoVocabulary.Industries).CompanyWords[0]}领域。3．本外观设计产品的设计要点：在于产品的形状。4．最能表明设计要点的图片或照片：立体图。";
        }

        var parts = industry.Parts.OrderBy(_ => random.Next()).Take(3).ToArray();
        var who = type == PatentType.Invention ? "本发明" : "本实用新型";
        var core = title.StartsWith("一种", StringComparison.Ordinal) ? title[2..] : title;
        return $"{who}公开了一种{core}，包括{parts[0]}、{parts[1]}和{parts[2]}，所述{parts[0]}与{parts[1]}固定连接，所述{parts[2]}设于{parts[1]}的一侧。"
            + $"{who}{Pick(DemoVocabulary.Effects)}，{Pick(DemoVocabulary.Effects)}。";
    }

    private void AddTrademarks(DemoDataSet set)
    {
        var goods = companies.Where(c => c.Enterprise.Size != EnterpriseSize.Micro).ToList();
        for (var i = 0; i < TrademarksPerScale * scale; i++)
        {
            var (enterprise, industry, brand) = i == 0 ? companies[0] : Pick(goods);
            var applied = new DateOnly(random.Next(2005, 2016), random.Next(1, 13), random.Next(1, 29));
            var registered = applied.AddMonths(random.Next(9, 20));
            var pending = registered > AsOf;
            var trademark = new Trademark
            {
                RegistrationNumber = UniqueNumber(() => random.Next(4_000_000, 19_000_000).ToString(CultureInfo.InvariantCulture)),
                Mark = Roll() < 0.3 ? $"{brand}及图" : brand,
                NiceClasses = industry.NiceClasses,
                OwnerName = enterprise.Name,
                EnterpriseId = enterprise.Id,
                ApplicationDate = applied,
                RegistrationDate = pending ? null : registered,
                ValidUntil = pending ? null : registered.AddYears(10).AddDays(-1),
                Status = pending ? TrademarkStatus.Pending : TrademarkStatus.Registered,
            };
            var recognitions = new List<TrademarkRecognition>();
            if (!pending && (i == 0 || Roll() < 0.1))
            {
                var year = random.Next(Math.Clamp(registered.Year + 3, 2011, 2016), 2017);
                recognitions.Add(new TrademarkRecognition(RecognitionKind.Famous, year, new DateOnly(year + 3, 12, 31)));
                if (Roll() < 0.2)
                {
                    recognitions.Add(new TrademarkRecognition(RecognitionKind.WellKnown, year, null));
                }
            }

            trademark.ReplaceRecognitions(recognitions);
            MaintainAfterSnapshot(trademark);
            trademark.Touch(utcNow);
            set.Trademarks.Add(trademark);
        }

        // Geographical indications are held by associations, not enterprises (集体商标/证明商标).
        foreach (var (mark, classes) in new[] { ("福州茉莉花茶", "30"), ("仓山橄榄", "31") })
        {
            var gi = new Trademark
            {
                RegistrationNumber = UniqueNumber(() => random.Next(4_000_000, 19_000_000).ToString(CultureInfo.InvariantCulture)),
                Mark = mark,
                NiceClasses = classes,
                OwnerName = mark[..2] + "市特色农产品协会",
                ApplicationDate = new DateOnly(2009, 5, 12),
                RegistrationDate = new DateOnly(2011, 3, 7),
                ValidUntil = new DateOnly(2021, 3, 6),
                Status = TrademarkStatus.Registered,
                GeographicalIndication = true,
            };
            gi.Renew();
            gi.Touch(utcNow);
            set.Trademarks.Add(gi);
        }
    }

    /// <summary>
    /// Terms that ended by today (商标法 arts. 39–40): most marks are renewed; the others are recorded as expired, except a
    /// few whose record still says 已注册 (a discrepancy to check, ADR 0016).
    /// </summary>
    private void MaintainAfterSnapshot(Trademark trademark)
    {
        var today = DateOnly.FromDateTime(utcNow);
        if (trademark.TermEndsOn is not { } ends || ends >= today)
        {
            return;
        }

        if (Roll() < 0.6)
        {
            trademark.Renew();
        }
        else if (Roll() < 0.85 && TrademarkStatusRule.GraceEndsOn(ends) < today)
        {
            trademark.Status = TrademarkStatus.Expired;
        }
    }

    private void AddCopyrights(DemoDataSet set)
    {
        var software = companies.Where(c => c.Industry.Tag is PlanIndustry.ElectronicInformation or PlanIndustry.NewEnergy or PlanIndustry.Electrical).ToList();
        for (var i = 0; i < CopyrightsPerScale * scale; i++)
        {
            var year = random.Next(2011, 2016);
            var date = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
            CopyrightRegistration copyright;
            if (Roll() < 0.8)
            {
                var (enterprise, industry, brand) = i == 0 || software.Count == 0 ? companies[0] : Pick(software);
                copyright = new CopyrightRegistration
                {
                    Kind = CopyrightKind.Software,
                    RegistrationNumber = UniqueNumber(() => $"{year}SR{random.Next(1, 300_000):000000}"),
                    CertificateNumber = $"软著登字第{random.Next(300_000, 1_200_000):0000000}号",
                    Title = $"{brand}{Pick(industry.Software)}V{random.Next(1, 4)}.{random.Next(0, 10)}",
                    OwnerName = enterprise.Name,
                    EnterpriseId = enterprise.Id,
                    RegisteredOn = date,
                };
            }
            else
            {
                var (enterprise, _, brand) = Pick(companies);
                var (letter, what) = Roll() < 0.7 ? ('F', "品牌标识") : ('A', "产品使用手册");
                copyright = new CopyrightRegistration
                {
                    Kind = CopyrightKind.Works,
                    RegistrationNumber = UniqueNumber(() => $"国作登字-{year}-{letter}-{random.Next(1, 20_000_000):00000000}"),
                    Title = $"{brand}{what}",
                    OwnerName = enterprise.Name,
                    EnterpriseId = enterprise.Id,
                    RegisteredOn = date,
                };
            }

            copyright.Touch(utcNow);
            set.Copyrights.Add(copyright);
        }
    }

    private void AddStandards(DemoDataSet set)
    {
        var larger = companies.Where(c => c.Enterprise.Size is EnterpriseSize.Large or EnterpriseSize.Medium).ToList();
        if (larger.Count == 0)
        {
            larger = companies;
        }

        for (var i = 0; i < StandardsPerScale * scale; i++)
        {
            var (enterprise, industry, _) = i == 0 ? companies[0] : Pick(larger);
            var level = Roll() switch
            {
                < 0.2 => StandardLevel.National,
                < 0.55 => StandardLevel.Industry,
                < 0.8 => StandardLevel.Local,
                _ => StandardLevel.Group,
            };
            var start = random.Next(2011, 2016);
            var published = start + random.Next(1, 3) <= AsOf.Year && Roll() < 0.7;
            var prefix = level switch
            {
                StandardLevel.National => Roll() < 0.8 ? "GB/T" : "GB",
                StandardLevel.Industry => industry.Tag switch
                {
                    PlanIndustry.AutoParts => "QC/T",
                    PlanIndustry.ElectronicInformation => "SJ/T",
                    PlanIndustry.Biomedicine => "YY/T",
                    PlanIndustry.NewMaterials => "HG/T",
                    PlanIndustry.NewEnergy => "NB/T",
                    _ => "JB/T",
                },
                StandardLevel.Local => "DB35/T",
                _ => "T/FJEA",
            };
            var project = new StandardsProject
            {
                Number = published ? UniqueNumber(() => $"{prefix} {random.Next(1, 35_000)}-{start + random.Next(1, 3)}") : null,
                Title = $"{Pick(industry.Products)}{Pick(DemoVocabulary.StandardTitleEndings)}",
                Level = level,
                Role = Roll() < 0.35 ? StandardRole.Lead : StandardRole.Participate,
                Kind = Roll() < 0.7 ? StandardProjectKind.New : StandardProjectKind.Revision,
                StartYear = start,
                EnterpriseId = enterprise.Id,
            };
            project.Touch(utcNow);
            set.Standards.Add(project);
        }
    }

    private string NewApplicationNumber(int year, PatentType type)
    {
        var digit = type switch
        {
            PatentType.Invention => '1',
            PatentType.UtilityModel => '2',
            _ => '3',
        };
        return UniqueNumber(() =>
        {
            var body = $"{year}{digit}{random.Next(1, 8_000_000):0000000}";
            return $"{body}.{PatentApplicationNumber.CheckCharacter(body)}";
        });
    }

    /// <summary>A GB 32100 code: authority, type, division, a GB 11714 organisation code with its own check, check character.</summary>
    private string NewCreditCode(char authority, char type, string division)
    {
        Span<char> org = stackalloc char[9];
        while (true)
        {
            var sum = 0;
            int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
            for (var i = 0; i < 8; i++)
            {
                var d = random.Next(0, 10);
                org[i] = (char)('0' + d);
                sum += d * weights[i];
            }

            var check = 11 - (sum % 11);
            org[8] = check switch
            {
                10 => 'X',
                11 => '0',
                _ => (char)('0' + check),
            };
            var body = $"{authority}{type}{division}{org}";
            var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
            if (creditCodes.Add(code))
            {
                return code;
            }
        }
    }

    private string UniqueName(Func<string> make, Func<string, string> key)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = make();
            if (attempt > 50)
            {
                name += attempt.ToString(CultureInfo.InvariantCulture);
            }

            if (names.Add(key(name)))
            {
                return name;
            }
        }
    }

    private string UniqueNumber(Func<string> make)
    {
        while (true)
        {
            var number = make();
            if (numbers.Add(number))
            {
                return number;
            }
        }
    }

    private string PersonName()
        => Pick(DemoVocabulary.Surnames) + Pick(DemoVocabulary.GivenNames) + (Roll() < 0.7 ? Pick(DemoVocabulary.GivenNames) : string.Empty);

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private double Roll() => random.NextDouble();

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private int Weighted(int[] weights, int total)
    {
        var r = random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
