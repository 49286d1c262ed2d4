using CountyIP.Modules.Registry.Contracts;
using System.Globalization;
using System.Text;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;
using C = CountyIP.Modules.Registry.Contracts.RecordFields.Patent;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>
/// Patents from a CNIPA search export. Each row becomes a <see cref="PatentInput"/> and goes through the same validation
/// and applicant linking as creating a patent by hand (<see cref="PatentInputs"/>); columns the file lacks keep the
/// stored values. Existing patents and applicants' enterprises are looked up once per batch.
/// </summary>
internal sealed class PatentImport(PatentInputs inputs) : IRecordProcessor
{
    public RecordKind Kind => RecordKind.Patents;

    public async Task ProcessAsync(IReadOnlyList<RecordRow> rows, RecordRun run, CancellationToken ct)
    {
        var readers = rows.Select(run.Read).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in readers)
        {
            if (KeyOf(r) is { } key)
            {
                keys.Add(key);
            }
        }

        var query = run.Db.Set<Patent>().Where(p => p.Office == Patent.ChineseOffice && keys.Contains(p.ApplicationNumber)).AsSplitQuery();
        var existing = keys.Count == 0
            ? []
            : await (run.Apply ? query : query.AsNoTracking()).ToDictionaryAsync(p => p.ApplicationNumber, StringComparer.Ordinal, ct);

        var parsed = readers.Select(r => (Reader: r, Input: ReadInput(r, KeyOf(r) is { } k ? existing.GetValueOrDefault(k) : null))).ToList();
        var directory = await EnterpriseDirectory.LoadAsync(run.Db, parsed.SelectMany(p => p.Input.Applicants.Select(a => (a.Name, a.CreditCode))), ct);

        foreach (var (reader, input) in parsed)
        {
            if (reader.Reasons.Count > 0)
            {
                run.Refuse(reader.Row, reader.Reasons);
                continue;
            }

            PatentInputs.Normalised n;
            try
            {
                n = inputs.Validate(input, new InputErrors());
            }
            catch (InputValidationException error)
            {
                run.Refuse(reader.Row, RecordRun.Reasons(error, ColumnOf));
                continue;
            }

            if (!run.FirstTime(reader.Row, n.Office + " " + n.Number))
            {
                continue;
            }

            var fresh = new Patent { ApplicationNumber = n.Number, Title = input.Title };
            inputs.Apply(fresh, input, n, run.UtcNow, directory);
            var stored = n.Office == Patent.ChineseOffice ? existing.GetValueOrDefault(n.Number) : null;
            if (stored is null && n.Office != Patent.ChineseOffice)
            {
                stored = await FindForeignAsync(run, n, ct);
            }

            KeepUnit(fresh, stored?.UnitCode);
            if (stored is null)
            {
                run.CountNew(reader.Row, n.Office + " " + n.Number);
                if (run.Apply)
                {
                    run.Writer.Insert(fresh);
                    run.Search.Put(fresh);
                }
            }
            else if (FieldsOf(stored) is var before && FieldsOf(fresh) is var after && before.SameAs(after))
            {
                run.CountUnchanged(reader.Row, n.Office + " " + n.Number);
            }
            else
            {
                run.CountChanged(reader.Row, n.Office + " " + n.Number, before, after);
                if (run.Apply)
                {
                    var storedUnit = stored.UnitCode;
                    inputs.Apply(stored, input, n, run.UtcNow, directory);
                    KeepUnit(stored, storedUnit);
                }
            }
        }

        if (run.Apply)
        {
            await inputs.NotifyTransfersAsync(ct);
            await run.Db.SaveChangesAsync(ct);
            run.Db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A file has no unit column, and only a linked enterprise gives a patent its unit; a patent of an unlinked applicant
    /// in the district that was placed in a unit (by hand or by address) keeps it, as every column the file lacks keeps
    /// the stored value. Without this, re-importing the app's own export reported such patents as changed (issue 9).
    /// </summary>
    private static void KeepUnit(Patent patent, string? storedUnit)
    {
        if (storedUnit is not null && patent.UnitCode is null && patent.EnterpriseId is null && patent.FirstApplicantInDistrict)
        {
            patent.SetApplicants([.. patent.Applicants.OrderBy(a => a.Order)], patent.FirstApplicantInDistrict, storedUnit, patent.ServiceInvention);
        }
    }

    /// <summary>Foreign and PCT filings are rare in a district export: looked up one by one.</summary>
    private static async Task<Patent?> FindForeignAsync(RecordRun run, PatentInputs.Normalised n, CancellationToken ct)
    {
        var query = run.Db.Set<Patent>().Where(p => p.Office == n.Office && p.ApplicationNumber == n.Number);
        return await (run.Apply ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    private static string? KeyOf(RowReader r) =>
        PatentApplicationNumber.Parse(r.PeekText(C.ApplicationNumber)) is { IsValid: true } number ? number.Value!.Value : null;

    private static PatentInput ReadInput(RowReader r, Patent? stored)
    {
        var current = stored is null ? new PatentInput() : FromStored(stored);
        var names = RecordValues.SplitList(r.Text(C.Applicants));
        var applicants = current.Applicants;
        if (r.Has(C.Applicants))
        {
            var kinds = r.Has(C.ApplicantKind) ? RecordValues.SplitList(r.Text(C.ApplicantKind)) : [];
            var codes = r.Has(C.ApplicantCreditCode) ? RecordValues.SplitList(r.Text(C.ApplicantCreditCode)) : [];
            var list = new List<ApplicantInput>(names.Count);
            for (var i = 0; i < names.Count; i++)
            {
                // 申请人类型 may give one kind per applicant, or one kind for all of them.
                var kindText = kinds.Count == names.Count ? kinds[i] : kinds.Count == 1 ? kinds[0] : null;
                var kind = RecordValues.ParseApplicantKind(kindText);
                if (kindText is not null && kind is null)
                {
                    r.Add(C.ApplicantKind, r.Localise("Import_Row_BadChoice", kindText));
                }

                list.Add(new ApplicantInput(names[i], kind, codes.Count == names.Count ? codes[i] : i == 0 && codes.Count == 1 ? codes[0] : null));
            }

            applicants = list;
        }

        var filingDate = r.Date(C.FilingDate);
        if (r.PeekText(C.FilingDate) is null)
        {
            r.Required(C.FilingDate, null);
        }
        return current with
        {
            Office = r.Has(C.Office) ? r.Text(C.Office) : current.Office,
            ApplicationNumber = r.Text(C.ApplicationNumber) ?? string.Empty,
            Type = r.Has(C.Type) ? r.Choice(C.Type, RecordValues.ParsePatentType) : current.Type,
            Title = r.Text(C.Title) ?? string.Empty,
            Abstract = r.Has(C.Abstract) ? r.Text(C.Abstract) : current.Abstract,
            Applicants = applicants,
            Inventors = r.Has(C.Inventors) ? Join(RecordValues.SplitList(r.Text(C.Inventors))) : current.Inventors,
            ApplicantAddress = r.Has(C.ApplicantAddress) ? r.Text(C.ApplicantAddress) : current.ApplicantAddress,
            FilingDate = filingDate ?? current.FilingDate,
            PublicationNumber = r.Has(C.PublicationNumber) ? Compact(r.Text(C.PublicationNumber)) : current.PublicationNumber,
            PublicationDate = r.Has(C.PublicationDate) ? r.Date(C.PublicationDate) : current.PublicationDate,
            GrantNumber = r.Has(C.GrantNumber) ? Compact(r.Text(C.GrantNumber)) : current.GrantNumber,
            GrantDate = r.Has(C.GrantDate) ? r.Date(C.GrantDate) : current.GrantDate,
            IpcMain = r.Has(C.IpcMain) ? r.Text(C.IpcMain) : current.IpcMain,
            IpcFurther = r.Has(C.IpcFurther) ? r.Text(C.IpcFurther) : current.IpcFurther,
            AgencyName = r.Has(C.AgencyName) ? r.Text(C.AgencyName) : current.AgencyName,
            AgencyCode = r.Has(C.AgencyCode) ? r.Text(C.AgencyCode) : current.AgencyCode,
            LegalStatus = r.Has(C.LegalStatus) ? r.Choice(C.LegalStatus, RecordValues.ParseLegalStatus) : current.LegalStatus,
            ServiceInvention = r.Has(C.ServiceInvention) ? r.YesNo(C.ServiceInvention) : current.ServiceInvention,
        };
    }

    private static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(';', items);

    private static string? Compact(string? value) => value?.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static PatentInput FromStored(Patent p) => new()
    {
        Office = p.Office,
        ApplicationNumber = p.ApplicationNumber,
        Type = p.Type,
        Title = p.Title,
        Abstract = p.Abstract,
        Applicants = [.. p.Applicants.OrderBy(a => a.Order).Select(a => new ApplicantInput(a.Name, a.Kind, a.CreditCode))],
        Inventors = p.Inventors,
        ApplicantAddress = p.ApplicantAddress,
        FilingDate = p.FilingDate,
        PublicationNumber = p.PublicationNumber,
        PublicationDate = p.PublicationDate,
        GrantNumber = p.GrantNumber,
        GrantDate = p.GrantDate,
        IpcMain = p.IpcMain,
        IpcFurther = p.IpcFurther,
        AgencyName = p.AgencyName,
        AgencyCode = p.AgencyCode,
        LegalStatus = p.LegalStatus,
        AnnualFeePaidUntil = p.AnnualFeePaidUntil,
        ServiceInvention = p.ServiceInvention,
    };

    /// <summary>Everything an import can change; equal fingerprints mean the row is unchanged.</summary>
    private static ImportFields FieldsOf(Patent p)
    {
        var add = new ImportFields();

        add.Add(p.Office);
        add.Add(p.ApplicationNumber);
        add.Add(p.Type, "PatentType");
        add.Add(p.ViaPct);
        add.Add(p.Title);
        add.Add(p.Abstract);
        add.Add(p.Inventors);
        add.Add(p.ApplicantAddress);
        add.Add(p.EnterpriseId, "Enterprise");
        add.Add(p.UnitCode);
        add.Add(p.FirstApplicantInDistrict, "InDistrict");
        add.Add(p.FilingDate);
        add.Add(p.PublicationNumber);
        add.Add(p.PublicationDate);
        add.Add(p.GrantNumber);
        add.Add(p.GrantDate);
        add.Add(p.IpcMain);
        add.Add(p.IpcFurther);
        add.Add(p.AgencyName);
        add.Add(p.AgencyCode);
        add.Add(p.LegalStatus);
        add.Add(p.ServiceInvention);
        add.Add(p.AnnualFeePaidUntil);
        foreach (var a in p.Applicants.OrderBy(a => a.Order))
        {
            add.Add(a.Name, "Applicants");
            add.Add(a.Kind, "Applicants");
            add.Add(a.EnterpriseId, "Applicants");
            add.Add(a.CreditCode, "Applicants");
        }

        return add;
    }

    /// <summary>Validation field of <see cref="PatentInput"/> → the column it came from.</summary>
    private static string ColumnOf(string field) => field switch
    {
        _ when field.StartsWith(nameof(PatentInput.Applicants), StringComparison.Ordinal) && field.EndsWith(nameof(ApplicantInput.CreditCode), StringComparison.Ordinal) => C.ApplicantCreditCode,
        _ when field.StartsWith(nameof(PatentInput.Applicants), StringComparison.Ordinal) => C.Applicants,
        _ => field,
    };
}
