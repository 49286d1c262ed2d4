using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using C = CountyIP.Modules.Registry.Contracts.RecordFields.Enterprise;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// The enterprise directory (企业名录) by unified social credit code, validated like CreateEnterprise. Fields the file does
/// not carry (designations, contact dates, industry tags…) keep their stored values.
/// </summary>
internal sealed class EnterpriseImport : RecordImport<Enterprise, EnterpriseInput, string>
{
    public override RecordKind Kind => RecordKind.Enterprises;

    protected override string? KeyOf(RowReader row) =>
        UnifiedSocialCreditCode.Parse(row.PeekText(C.CreditCode)) is { IsValid: true } code ? code.Value!.Value : null;

    protected override async Task<Dictionary<string, Enterprise>> LoadAsync(RecordRun run, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var query = run.Db.Set<Enterprise>().Where(e => keys.Contains(e.CreditCode)).AsSplitQuery();
        return await (run.Apply ? query : query.AsNoTracking()).ToDictionaryAsync(e => e.CreditCode, StringComparer.Ordinal, ct);
    }

    protected override EnterpriseInput Read(RowReader r, Enterprise? stored)
    {
        var current = stored is null ? new EnterpriseInput() : new EnterpriseInput
        {
            Name = stored.Name,
            CreditCode = stored.CreditCode,
            Kind = stored.Kind,
            UnitCode = stored.UnitCode,
            Address = stored.Address,
            IndustrySection = stored.IndustrySection,
            IndustryEdition = stored.IndustryEdition,
            IndustryTags = stored.IndustryTags,
            StrategicEmerging = stored.StrategicEmerging,
            Size = stored.Size,
            HighTechCertificateNumber = stored.HighTechCertificateNumber,
            HighTechValidUntil = stored.HighTechValidUntil,
            KeyIndustry = stored.KeyIndustry,
            HasIpManagementBody = stored.HasIpManagementBody,
            FullTimeIpStaff = stored.FullTimeIpStaff,
            PartTimeIpStaff = stored.PartTimeIpStaff,
            IpStrategyAdoptedOn = stored.IpStrategyAdoptedOn,
            ContactStartedOn = stored.ContactStartedOn,
            ContactPerson = stored.ContactPerson,
            ContactEndedOn = stored.ContactEndedOn,
            Designations = [.. stored.Designations.Select(d => new DesignationInput(d.Level, d.Kind, d.Title, d.IssuingBody, d.Year, d.ValidUntil))],
        };
        return current with
        {
            Name = r.Text(C.Name) ?? string.Empty,
            CreditCode = r.Text(C.CreditCode) ?? string.Empty,
            Kind = (r.Has(C.Kind) ? r.Choice(C.Kind, RecordValues.ParseOrganisationKind) : null) ?? current.Kind,
            UnitCode = r.Has(C.UnitCode) ? r.Text(C.UnitCode) : current.UnitCode,
            Address = r.Has(C.Address) ? r.Text(C.Address) : current.Address,
            IndustrySection = r.Has(C.IndustrySection) ? r.Text(C.IndustrySection)?.ToUpperInvariant() : current.IndustrySection,
            Size = r.Has(C.Size) ? r.Choice(C.Size, RecordValues.ParseSize) : current.Size,
            HighTechCertificateNumber = r.Has(C.HighTechCertificateNumber) ? r.Text(C.HighTechCertificateNumber) : current.HighTechCertificateNumber,
            HighTechValidUntil = r.Has(C.HighTechValidUntil) ? r.Date(C.HighTechValidUntil) : current.HighTechValidUntil,
            KeyIndustry = (r.Has(C.KeyIndustry) ? r.YesNo(C.KeyIndustry) : null) ?? current.KeyIndustry,
            HasIpManagementBody = (r.Has(C.HasIpManagementBody) ? r.YesNo(C.HasIpManagementBody) : null) ?? current.HasIpManagementBody,
            FullTimeIpStaff = (r.Has(C.FullTimeIpStaff) ? r.Number(C.FullTimeIpStaff) : null) ?? current.FullTimeIpStaff,
            PartTimeIpStaff = (r.Has(C.PartTimeIpStaff) ? r.Number(C.PartTimeIpStaff) : null) ?? current.PartTimeIpStaff,
            ContactPerson = r.Has(C.ContactPerson) ? r.Text(C.ContactPerson) : current.ContactPerson,
        };
    }

    protected override string Validate(EnterpriseInput input, InputErrors errors) => EnterpriseInputs.Validate(input, errors);

    protected override string KeyOf(string normal) => normal;

    protected override Enterprise Create(EnterpriseInput input, string creditCode, EnterpriseDirectory directory, DateTime utcNow)
    {
        var enterprise = new Enterprise { Name = input.Name, CreditCode = creditCode };
        EnterpriseInputs.Apply(enterprise, input, creditCode, utcNow);
        return enterprise;
    }

    protected override void Update(Enterprise entity, EnterpriseInput input, string creditCode, EnterpriseDirectory directory, DateTime utcNow) =>
        EnterpriseInputs.Apply(entity, input, creditCode, utcNow);

    protected override void Fingerprint(Enterprise e, ImportFields add)
    {
        add.Add(e.Name);
        add.Add(e.CreditCode);
        add.Add(e.Kind);
        add.Add(e.UnitCode);
        add.Add(e.Address);
        add.Add(e.IndustrySection);
        add.Add(e.IndustryEdition);
        add.Add(e.IndustryTags);
        add.Add(e.StrategicEmerging);
        add.Add(e.Size);
        add.Add(e.HighTechCertificateNumber);
        add.Add(e.HighTechValidUntil);
        add.Add(e.KeyIndustry);
        add.Add(e.HasIpManagementBody);
        add.Add(e.FullTimeIpStaff);
        add.Add(e.PartTimeIpStaff);
        add.Add(e.IpStrategyAdoptedOn);
        add.Add(e.ContactStartedOn);
        add.Add(e.ContactPerson);
        add.Add(e.ContactEndedOn);
        foreach (var d in e.Designations.OrderBy(d => d.Year).ThenBy(d => d.Title, StringComparer.Ordinal))
        {
            add.Add(d.Level, "Designations");
            add.Add(d.Kind, "Designations");
            add.Add(d.Title, "Designations");
            add.Add(d.IssuingBody, "Designations");
            add.Add(d.Year, "Designations");
            add.Add(d.ValidUntil, "Designations");
        }
    }
}
