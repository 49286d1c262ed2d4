using System.Text;
using CountyIP.Modules.Registry.Demo;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;

namespace CountyIP.UnitTests.Registry;

public sealed class DemoDataGeneratorTests
{
    private static readonly DemoUnit[] Units =
    [
        new("350104001", "仓前街道"), new("350104002", "东升街道"), new("350104003", "对湖街道"), new("350104004", "临江街道"),
        new("350104005", "三叉街街道"), new("350104006", "上渡街道"), new("350104007", "下渡街道"), new("350104008", "金山街道"),
        new("350104100", "仓山镇"), new("350104101", "城门镇"), new("350104102", "盖山镇"), new("350104103", "建新镇"), new("350104104", "螺洲镇"),
    ];

    private static readonly DateTime Now = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Guid DemoEnterprise = Guid.Parse("0b1d2013-0000-4000-8000-000000350104");

    private static readonly Lazy<DemoDataSet> Default = new(() => DemoDataGenerator.Generate(2013, 1, Units, Now, DemoEnterprise));

    [Fact]
    public void Generate_SameSeed_GivesSameData()
    {
        var again = DemoDataGenerator.Generate(2013, 1, Units, Now, DemoEnterprise);

        Fingerprint(again).ShouldBe(Fingerprint(Default.Value));
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherData()
    {
        var other = DemoDataGenerator.Generate(7, 1, Units, Now, DemoEnterprise);

        Fingerprint(other).ShouldNotBe(Fingerprint(Default.Value));
    }

    [Fact]
    public void Generate_ScaleOne_GivesHundredsOfEnterprisesAndThousandsOfPatents()
    {
        var set = Default.Value;

        set.Enterprises.Count.ShouldBe(DemoDataGenerator.EnterprisesPerScale + DemoDataGenerator.InstitutionsPerScale);
        set.Patents.Count.ShouldBe(DemoDataGenerator.PatentsPerScale);
        set.Enterprises.Select(e => e.UnitCode).Distinct().Count().ShouldBe(Units.Length);
        foreach (var tag in new[] { PlanIndustry.Electrical, PlanIndustry.Electromechanical, PlanIndustry.AutoParts, PlanIndustry.NewMaterials, PlanIndustry.NewEnergy, PlanIndustry.ElectronicInformation, PlanIndustry.Biomedicine })
        {
            set.Enterprises.Count(e => e.IndustryTags.HasFlag(tag)).ShouldBeGreaterThan(10, tag.ToString());
        }

        set.Patents.Select(p => p.Type).Distinct().Count().ShouldBe(3);
        set.Patents.Select(p => p.FilingDate.Year).Distinct().Order().ShouldBe([2011, 2012, 2013, 2014, 2015]);
        set.Patents.ShouldContain(p => p.Applicants[0].Kind == ApplicantKind.Individual);
        set.Patents.ShouldContain(p => !p.FirstApplicantInDistrict);
        set.Patents.ShouldContain(p => p.StatusHistory.Count >= 3);
        set.Trademarks.ShouldContain(t => t.Recognitions.Any(r => r.Kind == RecognitionKind.WellKnown));
        set.Trademarks.ShouldContain(t => t.Recognitions.Any(r => r.Kind == RecognitionKind.Famous));
        set.Copyrights.Select(c => c.Kind).Distinct().Count().ShouldBe(2);
        set.Enterprises.SelectMany(e => e.Designations).Select(d => (d.Level, d.Kind)).Distinct().Count().ShouldBe(6);
        set.Enterprises.ShouldContain(e => e.ContactLog.Count > 0);
        set.Agencies.ShouldNotBeEmpty();
        set.Standards.ShouldNotBeEmpty();
    }

    [Fact]
    public void Generate_ScaleThree_TriplesCounts()
    {
        var set = DemoDataGenerator.Generate(2013, 3, Units, Now, DemoEnterprise);

        set.Patents.Count.ShouldBe(3 * DemoDataGenerator.PatentsPerScale);
        set.Enterprises.Select(e => e.CreditCode).Distinct().Count().ShouldBe(set.Enterprises.Count);
        set.Patents.Select(p => p.ApplicationNumber).Distinct().Count().ShouldBe(set.Patents.Count);
    }

    [Fact]
    public void Generate_FirstEnterprise_IsTheDemoAccountsEnterpriseWithAPortfolio()
    {
        var set = Default.Value;
        var demo = set.Enterprises[0];

        demo.Id.ShouldBe(DemoEnterprise);
        demo.UnitCode.ShouldBe(Units[0].Code);
        set.Patents.Count(p => p.Applicants.Any(a => a.EnterpriseId == demo.Id)).ShouldBeGreaterThan(20);
        set.Trademarks.ShouldContain(t => t.EnterpriseId == demo.Id);
        set.Copyrights.ShouldContain(c => c.EnterpriseId == demo.Id);
        set.Standards.ShouldContain(s => s.EnterpriseId == demo.Id);
        demo.Designations.ShouldNotBeEmpty();
    }

    [Fact]
    public void Generate_EveryIdentifier_PassesValidation()
    {
        var set = Default.Value;

        foreach (var code in set.Enterprises.Select(e => e.CreditCode).Concat(set.Agencies.Select(a => a.CreditCode!)))
        {
            var parsed = UnifiedSocialCreditCode.Parse(code);
            parsed.IsValid.ShouldBeTrue(code);
            parsed.Value!.Value.ShouldBe(code);
        }

        foreach (var patent in set.Patents)
        {
            var number = PatentApplicationNumber.Parse(patent.ApplicationNumber);
            number.IsValid.ShouldBeTrue(patent.ApplicationNumber);
            number.Value!.Value.ShouldBe(patent.ApplicationNumber);
            number.Value.Type.ShouldBe(patent.Type);
            number.Value.FilingYear.ShouldBe(patent.FilingDate.Year);
            foreach (var ipc in new[] { patent.IpcMain }.Concat(patent.IpcFurther?.Split(';') ?? []).OfType<string>())
            {
                var symbol = IpcSymbol.Parse(ipc);
                symbol.IsValid.ShouldBeTrue(ipc);
                symbol.Value!.Value.ShouldBe(ipc);
            }

            foreach (var applicant in patent.Applicants.Where(a => a.CreditCode is not null))
            {
                UnifiedSocialCreditCode.Parse(applicant.CreditCode).IsValid.ShouldBeTrue();
            }

            if (patent.GrantDate is { } granted)
            {
                granted.ShouldBeGreaterThan(patent.FilingDate);
            }
        }

        foreach (var trademark in set.Trademarks)
        {
            TrademarkRegistrationNumber.Parse(trademark.RegistrationNumber).IsValid.ShouldBeTrue(trademark.RegistrationNumber);
            NiceClasses.Parse(trademark.NiceClasses).Error.ShouldBeNull();
        }

        foreach (var copyright in set.Copyrights)
        {
            if (copyright.Kind == CopyrightKind.Software)
            {
                SoftwareCopyrightNumber.Parse(copyright.RegistrationNumber).IsValid.ShouldBeTrue(copyright.RegistrationNumber);
                SoftwareCertificateNumber.Parse(copyright.CertificateNumber).IsValid.ShouldBeTrue(copyright.CertificateNumber);
            }
            else
            {
                WorksRegistrationNumber.Parse(copyright.RegistrationNumber).IsValid.ShouldBeTrue(copyright.RegistrationNumber);
            }
        }

        foreach (var number in set.Standards.Select(s => s.Number).OfType<string>())
        {
            var parsed = StandardNumber.Parse(number);
            parsed.IsValid.ShouldBeTrue(number);
            parsed.Value!.Value.ShouldBe(number);
        }
    }

    [Fact]
    public void Generate_PatentTexts_AreChineseAndFitTheColumns()
    {
        foreach (var patent in Default.Value.Patents)
        {
            patent.Title.Length.ShouldBeLessThanOrEqualTo(500);
            patent.Abstract!.Length.ShouldBeInRange(40, 8000);
            patent.Abstract.ShouldContain(patent.Type switch
            {
                PatentType.Invention => "本发明",
                PatentType.UtilityModel => "本实用新型",
                _ => "外观设计",
            });
        }
    }

    /// <summary>Everything but the random ids of owned rows (applicants, history), which are not drawn from the seed.</summary>
    private static string Fingerprint(DemoDataSet set)
    {
        var text = new StringBuilder();
        foreach (var e in set.Enterprises)
        {
            text.Append(e.Id).Append(e.Name).Append(e.CreditCode).Append(e.UnitCode).Append(e.Address).Append(e.IndustryTags).Append(e.Size)
                .Append(e.HighTechCertificateNumber).Append(string.Join(',', e.Designations.Select(d => $"{d.Level}{d.Kind}{d.Year}")))
                .Append(string.Join(',', e.ContactLog.Select(c => $"{c.Date}{c.Kind}{c.Note}"))).AppendLine();
        }

        foreach (var p in set.Patents)
        {
            text.Append(p.ApplicationNumber).Append(p.Title).Append(p.Abstract).Append(p.Inventors).Append(p.IpcMain).Append(p.IpcFurther)
                .Append(p.LegalStatus).Append(p.GrantNumber).Append(p.PublicationNumber).Append(p.AgencyCode)
                .Append(string.Join(',', p.Applicants.Select(a => $"{a.Name}{a.EnterpriseId}")))
                .Append(string.Join(',', p.StatusHistory.Select(s => $"{s.Date}{s.Status}"))).AppendLine();
        }

        foreach (var t in set.Trademarks)
        {
            text.Append(t.RegistrationNumber).Append(t.Mark).Append(t.EnterpriseId).Append(t.Recognitions.Count).AppendLine();
        }

        foreach (var c in set.Copyrights)
        {
            text.Append(c.RegistrationNumber).Append(c.Title).Append(c.EnterpriseId).AppendLine();
        }

        foreach (var s in set.Standards)
        {
            text.Append(s.Number).Append(s.Title).Append(s.EnterpriseId).AppendLine();
        }

        foreach (var a in set.Agencies)
        {
            text.Append(a.Name).Append(a.CreditCode).AppendLine();
        }

        return text.ToString();
    }
}
