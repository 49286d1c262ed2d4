using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using C = CountyIP.Modules.Registry.Contracts.RecordFields.Copyright;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// Software copyright (登记号 YYYYSRnnnnnnn) and works (国作登字-…) registrations: the kind comes from the 类别 column, else
/// from the number's form; validated like CreateCopyright; the owner is linked by credit code or name.
/// </summary>
internal sealed class CopyrightImport : RecordImport<CopyrightRegistration, CopyrightImport.Row, (string Number, string? Certificate)>
{
    public override RecordKind Kind => RecordKind.Copyrights;

    /// <summary>The use case's input and the owner's credit code, which only serves to link the enterprise.</summary>
    internal sealed record Row(CopyrightInput Input, string? OwnerCode);

    protected override string? KeyOf(RowReader row)
    {
        var text = row.PeekText(C.RegistrationNumber);
        return SoftwareCopyrightNumber.Parse(text) is { IsValid: true } software ? software.Value!.Value
            : WorksRegistrationNumber.Parse(text) is { IsValid: true } works ? works.Value!.Value
            : null;
    }

    protected override async Task<Dictionary<string, CopyrightRegistration>> LoadAsync(RecordRun run, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var query = run.Db.Set<CopyrightRegistration>().Where(c => keys.Contains(c.RegistrationNumber));
        return await (run.Apply ? query : query.AsNoTracking()).ToDictionaryAsync(c => c.RegistrationNumber, StringComparer.Ordinal, ct);
    }

    protected override IEnumerable<(string Name, string? CreditCode)> Parties(Row row) => [(row.Input.OwnerName, row.OwnerCode)];

    protected override Row Read(RowReader r, CopyrightRegistration? stored)
    {
        var number = r.Text(C.RegistrationNumber) ?? string.Empty;
        var kind = (r.Has(C.Kind) ? r.Choice(C.Kind, RecordValues.ParseCopyrightKind) : null)
            ?? stored?.Kind
            ?? (SoftwareCopyrightNumber.Parse(number).IsValid || number.Contains("SR", StringComparison.OrdinalIgnoreCase) ? CopyrightKind.Software : CopyrightKind.Works);
        var registeredOn = r.Date(C.RegisteredOn);
        if (r.PeekText(C.RegisteredOn) is null)
        {
            r.Required(C.RegisteredOn, null);
        }

        var input = new CopyrightInput
        {
            Kind = kind,
            RegistrationNumber = number,
            CertificateNumber = r.Has(C.CertificateNumber) ? r.Text(C.CertificateNumber) : stored?.CertificateNumber,
            Title = r.Text(C.Title) ?? string.Empty,
            OwnerName = r.Text(C.OwnerName) ?? string.Empty,
            RegisteredOn = registeredOn ?? stored?.RegisteredOn ?? default,
        };
        return new Row(input, r.Has(C.OwnerCreditCode) ? r.Text(C.OwnerCreditCode) : null);
    }

    protected override (string Number, string? Certificate) Validate(Row row, InputErrors errors)
    {
        errors.Optional(C.OwnerCreditCode, row.OwnerCode, UnifiedSocialCreditCode.Parse);
        return CopyrightInputs.Validate(row.Input, errors);
    }

    protected override string KeyOf((string Number, string? Certificate) normal) => normal.Number;

    protected override CopyrightRegistration Create(Row row, (string Number, string? Certificate) n, EnterpriseDirectory directory, DateTime utcNow)
    {
        var copyright = new CopyrightRegistration { RegistrationNumber = n.Number, Title = row.Input.Title, OwnerName = row.Input.OwnerName };
        Update(copyright, row, n, directory, utcNow);
        return copyright;
    }

    protected override void Update(CopyrightRegistration entity, Row row, (string Number, string? Certificate) n, EnterpriseDirectory directory, DateTime utcNow) =>
        CopyrightInputs.Apply(entity, row.Input with { EnterpriseId = directory.Find(OwnerKey.Canonical(row.OwnerCode), row.Input.OwnerName)?.Id }, n, utcNow);

    protected override void Fingerprint(CopyrightRegistration c, ImportFields add)
    {
        add.Add(c.Kind);
        add.Add(c.RegistrationNumber);
        add.Add(c.CertificateNumber);
        add.Add(c.Title);
        add.Add(c.OwnerName);
        add.Add(c.EnterpriseId, "Enterprise");
        add.Add(c.RegisteredOn);
    }
}
