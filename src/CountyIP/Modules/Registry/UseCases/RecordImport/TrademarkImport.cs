using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using C = CountyIP.Modules.Registry.Contracts.RecordFields.Trademark;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>Trademarks (商标注册证/商标局查询导出): validated like CreateTrademark; the owner is linked to a registered enterprise by credit code or name.</summary>
internal sealed class TrademarkImport : RecordImport<Trademark, TrademarkImport.Row, (string Number, string Classes)>
{
    public override RecordKind Kind => RecordKind.Trademarks;

    /// <summary>The use case's input and the owner's credit code, which only serves to link the enterprise.</summary>
    internal sealed record Row(TrademarkInput Input, string? OwnerCode);

    protected override string? KeyOf(RowReader row) =>
        TrademarkRegistrationNumber.Parse(row.PeekText(C.RegistrationNumber)) is { IsValid: true } n ? n.Value!.Value : null;

    protected override async Task<Dictionary<string, Trademark>> LoadAsync(RecordRun run, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var query = run.Db.Set<Trademark>().Where(t => keys.Contains(t.RegistrationNumber));
        return await (run.Apply ? query : query.AsNoTracking()).ToDictionaryAsync(t => t.RegistrationNumber, StringComparer.Ordinal, ct);
    }

    protected override IEnumerable<(string Name, string? CreditCode)> Parties(Row row) => [(row.Input.OwnerName, row.OwnerCode)];

    protected override Row Read(RowReader r, Trademark? stored)
    {
        var current = stored is null ? new TrademarkInput() : new TrademarkInput
        {
            RegistrationNumber = stored.RegistrationNumber,
            Mark = stored.Mark,
            NiceClasses = stored.NiceClasses,
            OwnerName = stored.OwnerName,
            EnterpriseId = stored.EnterpriseId,
            ApplicationDate = stored.ApplicationDate,
            RegistrationDate = stored.RegistrationDate,
            ValidUntil = stored.ValidUntil,
            Status = stored.Status,
            GeographicalIndication = stored.GeographicalIndication,
            Recognitions = [.. stored.Recognitions.Select(x => new RecognitionInput(x.Kind, x.Year, x.ValidUntil))],
        };
        var registered = r.Has(C.RegistrationDate) ? r.Date(C.RegistrationDate) : current.RegistrationDate;
        var status = r.Has(C.Status) ? r.Choice(C.Status, RecordValues.ParseTrademarkStatus) : null;
        var input = current with
        {
            RegistrationNumber = r.Text(C.RegistrationNumber) ?? string.Empty,
            Mark = r.Text(C.Mark) ?? string.Empty,
            NiceClasses = r.Text(C.NiceClasses)?.Replace('；', ';') ?? string.Empty,
            OwnerName = r.Text(C.OwnerName) ?? string.Empty,
            ApplicationDate = r.Has(C.ApplicationDate) ? r.Date(C.ApplicationDate) : current.ApplicationDate,
            RegistrationDate = registered,
            ValidUntil = r.Has(C.ValidUntil) ? r.Date(C.ValidUntil) : stored is null ? null : current.ValidUntil,
            Status = status ?? (stored is null ? (registered is null ? TrademarkStatus.Pending : TrademarkStatus.Registered) : current.Status),
            GeographicalIndication = (r.Has(C.GeographicalIndication) ? r.YesNo(C.GeographicalIndication) : null) ?? current.GeographicalIndication,
            EnterpriseId = null,
        };
        return new Row(input, r.Has(C.OwnerCreditCode) ? r.Text(C.OwnerCreditCode) : null);
    }

    protected override (string Number, string Classes) Validate(Row row, InputErrors errors)
    {
        errors.Optional(C.OwnerCreditCode, row.OwnerCode, UnifiedSocialCreditCode.Parse);
        return TrademarkInputs.Validate(row.Input, errors);
    }

    protected override string KeyOf((string Number, string Classes) normal) => normal.Number;

    protected override Trademark Create(Row row, (string Number, string Classes) n, EnterpriseDirectory directory, DateTime utcNow)
    {
        var trademark = new Trademark { RegistrationNumber = n.Number, Mark = row.Input.Mark, NiceClasses = n.Classes, OwnerName = row.Input.OwnerName };
        Update(trademark, row, n, directory, utcNow);
        return trademark;
    }

    protected override void Update(Trademark entity, Row row, (string Number, string Classes) n, EnterpriseDirectory directory, DateTime utcNow)
    {
        var linked = directory.Find(OwnerKey.Canonical(row.OwnerCode), row.Input.OwnerName)?.Id;
        TrademarkInputs.Apply(entity, row.Input with { EnterpriseId = linked }, n, utcNow);
    }

    protected override void Fingerprint(Trademark t, ImportFields add)
    {
        add.Add(t.RegistrationNumber);
        add.Add(t.Mark);
        add.Add(t.NiceClasses);
        add.Add(t.OwnerName);
        add.Add(t.EnterpriseId, "Enterprise");
        add.Add(t.ApplicationDate);
        add.Add(t.RegistrationDate);
        add.Add(t.ValidUntil);
        add.Add(t.Status, "TrademarkStatus");
        add.Add(t.GeographicalIndication);
        foreach (var r in t.Recognitions.OrderBy(r => r.Year).ThenBy(r => r.Kind))
        {
            add.Add(r.Kind, "Recognitions");
            add.Add(r.Year, "Recognitions");
            add.Add(r.ValidUntil, "Recognitions");
        }
    }
}
