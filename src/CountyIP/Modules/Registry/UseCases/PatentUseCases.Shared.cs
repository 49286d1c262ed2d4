using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Notifications;
using CountyIP.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using CountyIP.Modules.Registry.UseCases.Validation;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Fields of a patent as entered (create and update).</summary>
public sealed record PatentInput : IValidatableObject
{
    /// <summary>CN (default), a foreign office code or WO.</summary>
    [StringLength(8)]
    public string? Office { get; init; }

    [Required, StringLength(40)]
    public string ApplicationNumber { get; init; } = string.Empty;

    /// <summary>Required for foreign offices; for CN it comes from the number and must agree when given.</summary>
    public PatentType? Type { get; init; }

    [Required, StringLength(500)]
    public string Title { get; init; } = string.Empty;

    [StringLength(8000)]
    public string? Abstract { get; init; }

    public IReadOnlyList<ApplicantInput> Applicants { get; init; } = [];

    [StringLength(1000)]
    public string? Inventors { get; init; }

    [StringLength(300)]
    public string? ApplicantAddress { get; init; }

    public DateOnly FilingDate { get; init; }

    [StringLength(20)]
    public string? PublicationNumber { get; init; }

    public DateOnly? PublicationDate { get; init; }

    [StringLength(20)]
    public string? GrantNumber { get; init; }

    public DateOnly? GrantDate { get; init; }

    [StringLength(60), Ipc]
    public string? IpcMain { get; init; }

    [StringLength(1000)]
    public string? IpcFurther { get; init; }

    [StringLength(200)]
    public string? AgencyName { get; init; }

    [StringLength(10)]
    public string? AgencyCode { get; init; }

    /// <summary>Defaults to Granted when a grant date is given, else Pending.</summary>
    public PatentLegalStatus? LegalStatus { get; init; }

    /// <summary>Date of the status (defaults to the grant or filing date).</summary>
    public DateOnly? StatusDate { get; init; }

    /// <summary>职务发明; derived from the first applicant's kind when absent.</summary>
    public bool? ServiceInvention { get; init; }

    public DateOnly? AnnualFeePaidUntil { get; init; }

    public Guid? Version { get; init; }

    /// <summary>
    /// The rules across fields: the application number's form and check digit depend on the office (CN numbers carry
    /// the type, which must agree with <see cref="Type"/>; a foreign one needs its type given), at least one applicant,
    /// the further IPC symbols as a list. The same rules check every import row (<see cref="PatentInputs"/>).
    /// </summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        var errors = new InputErrors();
        PatentInputs.Normalise(this, errors);
        return errors.Results();
    }
}

/// <summary>An applicant in order; linked to a registered enterprise by credit code, else by exact name.</summary>
public sealed record ApplicantInput(
    [property: Required, StringLength(200)] string Name,
    ApplicantKind? Kind = null,
    [property: StringLength(40), CreditCode] string? CreditCode = null);

public sealed record PatentSummary(
    Guid Id,
    string Office,
    string ApplicationNumber,
    PatentType Type,
    bool ViaPct,
    string Title,
    string FirstApplicant,
    bool FirstApplicantInDistrict,
    Guid? EnterpriseId,
    string? UnitCode,
    DateOnly FilingDate,
    DateOnly? GrantDate,
    PatentLegalStatus LegalStatus,
    bool ServiceInvention,
    PatentLegalStatus RecordedStatus = PatentLegalStatus.Pending,
    bool StatusDiscrepancy = false,
    DateOnly? StatusEndedOn = null,
    DateOnly? FeeDueOn = null);

public sealed record PatentDetails(
    Guid Id,
    string Office,
    string ApplicationNumber,
    PatentType Type,
    bool ViaPct,
    string Title,
    string? Abstract,
    IReadOnlyList<ApplicantView> Applicants,
    string? Inventors,
    string? ApplicantAddress,
    Guid? EnterpriseId,
    string? UnitCode,
    bool FirstApplicantInDistrict,
    DateOnly FilingDate,
    string? PublicationNumber,
    DateOnly? PublicationDate,
    string? GrantNumber,
    DateOnly? GrantDate,
    string? IpcMain,
    IReadOnlyList<string> IpcFurther,
    string? AgencyName,
    string? AgencyCode,
    PatentLegalStatus LegalStatus,
    IReadOnlyList<StatusChangeView> StatusHistory,
    bool ServiceInvention,
    DateOnly? AnnualFeePaidUntil,
    DateOnly? ExpiryDate,
    Guid Version,
    PatentLegalStatus RecordedStatus,
    bool StatusDiscrepancy,
    DateOnly? StatusEndedOn,
    DateOnly? FeeDueOn,
    DateOnly? GraceEndsOn,
    DateOnly StatusAsOf)
{
    /// <summary>
    /// <see cref="LegalStatus"/> is the status the law derives on <paramref name="today"/> (ADR 0016); the recorded one is
    /// <see cref="RecordedStatus"/>, and <see cref="StatusDiscrepancy"/> says they differ. <see cref="ExpiryDate"/> is the
    /// last day of the term.
    /// </summary>
    internal static PatentDetails From(Patent p, DateOnly today) => From(p, p.StatusOn(today, today), today);

    /// <summary>
    /// The right's assignments (转让, issue 16 §4), oldest first: the owner is the assignee of the last one on or before
    /// a day, else the applicants. Empty when it was never assigned.
    /// </summary>
    public IReadOnlyList<RightOwner> Assignments { get; init; } = [];

    private static PatentDetails From(Patent p, PatentStatusOn derived, DateOnly today) => new(
        p.Id, p.Office, p.ApplicationNumber, p.Type, p.ViaPct, p.Title, p.Abstract,
        [.. p.Applicants.OrderBy(a => a.Order).Select(a => new ApplicantView(a.Order, a.Name, a.Kind, a.EnterpriseId, a.CreditCode))],
        p.Inventors, p.ApplicantAddress, p.EnterpriseId, p.UnitCode, p.FirstApplicantInDistrict, p.FilingDate,
        p.PublicationNumber, p.PublicationDate, p.GrantNumber, p.GrantDate, p.IpcMain,
        p.IpcFurther is null ? [] : p.IpcFurther.Split(';'),
        p.AgencyName, p.AgencyCode, derived.Status,
        [.. p.StatusHistory.OrderBy(s => s.Date).Select(s => new StatusChangeView(s.Date, s.Status, s.Note))],
        p.ServiceInvention, p.AnnualFeePaidUntil, p.TermEndsOn, p.Version,
        p.LegalStatus, p.LegalStatus != derived.Status, derived.EndedOn, derived.FeeDueOn, derived.GraceEndsOn, today);
}

public sealed record ApplicantView(int Order, string Name, ApplicantKind Kind, Guid? EnterpriseId, string? CreditCode);

public sealed record StatusChangeView(DateOnly Date, PatentLegalStatus Status, string? Note);

/// <summary>
/// Validates patent input and links applicants to registered enterprises. A change of the first applicant's enterprise
/// (a transfer, 专利权转移) is remembered and told to both enterprises by <see cref="NotifyTransfersAsync"/> in the
/// caller's unit of work (issue 13 §3: legal-status changes of an enterprise's own rights).
/// </summary>
internal sealed class PatentInputs(CountyIpDbContext db, InputErrors errors, IOptions<RegistryOptions> options, INotifier notifier)
{
    public static readonly NotificationKind Transferred = new("registry.patent-transferred", typeof(RegistryText), "Notify_PatentTransferred", "Notify_PatentTransferred_Body");

    private readonly List<Transfer> transfers = [];

    public sealed record Normalised(string Office, string Number, PatentType Type, bool ViaPct, string? IpcMain, string? IpcFurther);

    /// <summary>Validates with this request's errors, or with <paramref name="rowErrors"/> (one per imported row).</summary>
    public Normalised Validate(PatentInput input, InputErrors? rowErrors = null)
    {
        var found = rowErrors ?? errors;
        var normalised = Normalise(input, found);
        found.ThrowIfAny();
        return normalised;
    }

    /// <summary>Checks the cross-field rules into <paramref name="errors"/> and gives the canonical values (meaningful when none failed).</summary>
    public static Normalised Normalise(PatentInput input, InputErrors errors)
    {
        var office = string.IsNullOrWhiteSpace(input.Office) ? Patent.ChineseOffice : input.Office.Trim().ToUpperInvariant();
        errors.Required(nameof(PatentInput.Title), input.Title);
        if (input.Applicants.Count == 0)
        {
            errors.Required(nameof(PatentInput.Applicants), null);
        }

        for (var i = 0; i < input.Applicants.Count; i++)
        {
            errors.Required($"{nameof(PatentInput.Applicants)}[{i}].{nameof(ApplicantInput.Name)}", input.Applicants[i].Name);
            errors.Optional($"{nameof(PatentInput.Applicants)}[{i}].{nameof(ApplicantInput.CreditCode)}", input.Applicants[i].CreditCode, UnifiedSocialCreditCode.Parse);
        }

        string number = string.Empty;
        PatentType type = input.Type ?? PatentType.Invention;
        var viaPct = false;
        if (office == Patent.ChineseOffice)
        {
            if (errors.Mandatory(nameof(PatentInput.ApplicationNumber), input.ApplicationNumber, PatentApplicationNumber.Parse) is { } parsed)
            {
                number = parsed.Value;
                viaPct = parsed.ViaPct;
                if (input.Type is { } given && given != parsed.Type)
                {
                    errors.Add(nameof(PatentInput.Type), IdentifierMessages.Describe(new IdentifierError(IdentifierErrorKind.UnknownType, Found: given.ToString())));
                }

                type = parsed.Type;
            }
        }
        else
        {
            errors.Required(nameof(PatentInput.ApplicationNumber), input.ApplicationNumber);
            number = IdentifierText.Compact(input.ApplicationNumber);
            if (input.Type is null)
            {
                errors.Required(nameof(PatentInput.Type), null);
            }

            viaPct = office == "WO";
        }

        var main = errors.Optional(nameof(PatentInput.IpcMain), input.IpcMain, IpcSymbol.Parse);
        string? further = null;
        if (!string.IsNullOrWhiteSpace(input.IpcFurther))
        {
            var list = IpcSymbol.ParseList(input.IpcFurther);
            if (list.IsValid)
            {
                further = list.Value!.Count == 0 ? null : string.Join(';', list.Value!.Select(s => s.Value));
            }
            else
            {
                errors.Identifier(nameof(PatentInput.IpcFurther), list.Error!);
            }
        }

        return new Normalised(office, number, type, viaPct, main?.Value, further);
    }

    public async Task ApplyAsync(Patent patent, PatentInput input, Normalised n, DateTime utcNow, CancellationToken ct)
    {
        var directory = await EnterpriseDirectory.LoadAsync(db, input.Applicants.Select(a => (a.Name, a.CreditCode)), ct);
        Apply(patent, input, n, utcNow, directory);
    }

    /// <summary>Sets the fields and links the applicants through <paramref name="directory"/> (loaded for one patent or a whole import batch).</summary>
    public void Apply(Patent patent, PatentInput input, Normalised n, DateTime utcNow, EnterpriseDirectory directory)
    {
        var holder = patent.EnterpriseId;
        patent.Office = n.Office;
        patent.ApplicationNumber = n.Number;
        patent.Type = n.Type;
        patent.ViaPct = n.ViaPct;
        patent.Title = input.Title.Trim();
        patent.Abstract = EnterpriseInputs.Blank(input.Abstract);
        patent.Inventors = EnterpriseInputs.Blank(input.Inventors);
        patent.ApplicantAddress = EnterpriseInputs.Blank(input.ApplicantAddress);
        patent.FilingDate = input.FilingDate;
        patent.PublicationNumber = EnterpriseInputs.Blank(input.PublicationNumber)?.ToUpperInvariant();
        patent.PublicationDate = input.PublicationDate;
        patent.GrantNumber = EnterpriseInputs.Blank(input.GrantNumber)?.ToUpperInvariant();
        patent.GrantDate = input.GrantDate;
        patent.IpcMain = n.IpcMain;
        patent.IpcFurther = n.IpcFurther;
        patent.AgencyName = EnterpriseInputs.Blank(input.AgencyName);
        patent.AgencyCode = EnterpriseInputs.Blank(input.AgencyCode);
        patent.AnnualFeePaidUntil = input.AnnualFeePaidUntil;

        var applicants = new List<PatentApplicant>(input.Applicants.Count);
        EnterpriseDirectory.Match? first = null;
        foreach (var a in input.Applicants)
        {
            var name = a.Name.Trim();
            var code = string.IsNullOrWhiteSpace(a.CreditCode) ? null : UnifiedSocialCreditCode.Parse(a.CreditCode).Value!.Value;
            var linked = directory.Find(code, name);
            first ??= linked ?? EnterpriseDirectory.Match.None;
            applicants.Add(new PatentApplicant(name, a.Kind ?? (linked is not null ? ApplicantKind.Organisation : ApplicantKinds.Guess(name)), linked?.Id, code ?? linked?.CreditCode));
        }

        var firstLinked = applicants[0].EnterpriseId is not null;
        var inDistrict = firstLinked || (patent.ApplicantAddress is { } address && options.Value.DistrictAddressMarkers.Any(m => address.Contains(m, StringComparison.Ordinal)));
        patent.SetApplicants(applicants, inDistrict, firstLinked ? first!.UnitCode : null, input.ServiceInvention);
        if (holder is { } from && patent.EnterpriseId != from)
        {
            transfers.Add(new Transfer(from, patent.EnterpriseId, patent.Id, patent.ApplicationNumber, patent.Title, applicants[0].Name));
        }

        var status = input.LegalStatus ?? (input.GrantDate is null ? PatentLegalStatus.Pending : PatentLegalStatus.Granted);
        patent.ChangeStatus(status, input.StatusDate ?? (status == PatentLegalStatus.Granted ? input.GrantDate ?? input.FilingDate : input.FilingDate), null);
        patent.Touch(utcNow);
    }

    /// <summary>
    /// Tells the former and the new holder of each patent whose first applicant's enterprise changed since the last call;
    /// the notifications join the caller's save. Answers how many were added.
    /// </summary>
    public async Task<int> NotifyTransfersAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var t in transfers)
        {
            string[] arguments = [t.Number, t.Title, t.NewHolder];
            sent += await notifier.NotifyAsync(NotificationRecipients.Role(Roles.Enterprise, t.From.ToString()), Transferred, arguments, null, ct);
            if (t.To is { } to)
            {
                sent += await notifier.NotifyAsync(NotificationRecipients.Role(Roles.Enterprise, to.ToString()), Transferred, arguments, $"/registry/patents/{t.PatentId}", ct);
            }
        }

        transfers.Clear();
        return sent;
    }

    private sealed record Transfer(Guid From, Guid? To, Guid PatentId, string Number, string Title, string NewHolder);
}

/// <summary>
/// Registered enterprises an applicant or owner may be linked to, looked up once for a set of names and credit codes
/// (one patent, or a whole import batch): by credit code when one is given, else by exact name.
/// </summary>
internal sealed class EnterpriseDirectory
{
    private readonly Dictionary<string, Match> byCode;
    private readonly Dictionary<string, Match> byName;

    private EnterpriseDirectory(Dictionary<string, Match> byCode, Dictionary<string, Match> byName)
    {
        this.byCode = byCode;
        this.byName = byName;
    }

    public sealed record Match(Guid Id, string CreditCode, string? UnitCode)
    {
        public static readonly Match None = new(Guid.Empty, string.Empty, null);
    }

    public static async Task<EnterpriseDirectory> LoadAsync(CountyIpDbContext db, IEnumerable<(string Name, string? CreditCode)> parties, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, code) in parties)
        {
            if (!string.IsNullOrWhiteSpace(code) && UnifiedSocialCreditCode.Parse(code) is { IsValid: true } parsed)
            {
                codes.Add(parsed.Value!.Value);
            }
            else if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name.Trim());
            }
        }

        if (names.Count == 0 && codes.Count == 0)
        {
            return new EnterpriseDirectory([], []);
        }

        var found = await db.Set<Enterprise>().AsNoTracking()
            .Where(e => codes.Contains(e.CreditCode) || names.Contains(e.Name))
            .Select(e => new { e.Id, e.Name, e.CreditCode, e.UnitCode })
            .ToListAsync(ct);
        var byCode = new Dictionary<string, Match>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var e in found.OrderBy(e => e.Id))
        {
            var match = new Match(e.Id, e.CreditCode, e.UnitCode);
            byCode.TryAdd(e.CreditCode, match);
            byName.TryAdd(e.Name, match);
        }

        return new EnterpriseDirectory(byCode, byName);
    }

    /// <summary>The enterprise with <paramref name="canonicalCode"/> when one is given, else the one named <paramref name="name"/>.</summary>
    public Match? Find(string? canonicalCode, string name) =>
        canonicalCode is not null ? byCode.GetValueOrDefault(canonicalCode) : byName.GetValueOrDefault(name.Trim());
}
