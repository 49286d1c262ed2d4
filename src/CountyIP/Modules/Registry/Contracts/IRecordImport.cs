namespace CountyIP.Modules.Registry.Contracts;

/// <summary>The kinds of Registry record an import can write (issue 3 §3).</summary>
public enum RecordKind
{
    Patents,
    Trademarks,
    Copyrights,
    Enterprises,
}

/// <summary>
/// How the Import module writes Registry records (ADR 0020): one pass over a file (a preview, or an apply inside the
/// caller's transaction) takes the rows in batches and answers one outcome per row. Reading a row into the record's
/// input, the validation of the hand-written use cases, linking parties to enterprises, the unchanged check and the
/// bulk write are the Registry's; files, columns and batches are the caller's.
/// </summary>
public interface IRecordImport
{
    /// <summary>The kinds this Registry imports.</summary>
    IReadOnlyList<RecordKind> Kinds { get; }

    /// <summary>
    /// Opens a pass. <paramref name="fields"/> names (from <see cref="RecordFields"/>) the fields the file carries, in
    /// the order of every <see cref="RecordRow.Values"/>; fields not named keep their stored values. In a preview the
    /// first <paramref name="describeChanges"/> changed rows come with their field changes.
    /// </summary>
    IRecordImportPass Begin(RecordKind kind, IReadOnlyList<string> fields, bool apply, DateTime utcNow, int describeChanges);
}

/// <summary>One pass; batches must be processed one after another (a key twice in the pass is refused the second time).</summary>
public interface IRecordImportPass : IDisposable
{
    /// <summary>Classifies (and in an apply, writes and saves) one batch; the outcomes are in the rows' order.</summary>
    Task<IReadOnlyList<RecordOutcome>> ProcessAsync(IReadOnlyList<RecordRow> rows, CancellationToken cancellationToken);
}

/// <summary>A row: its number in the file and its cleaned cell texts, one per field of the pass (null when blank).</summary>
public sealed record RecordRow(int Number, IReadOnlyList<string?> Values);

public enum RecordOutcomeKind
{
    New,
    Changed,
    Unchanged,
    Refused,
}

/// <summary>
/// What one row does: the record's key when the row is valid, field errors (as values, never an exception) when it is
/// refused, and for a described changed row each field that changes.
/// </summary>
public sealed record RecordOutcome(int Row, RecordOutcomeKind Kind, string? Key, IReadOnlyList<RecordFieldError> Errors, IReadOnlyList<RecordFieldChange> Changes);

/// <summary>A reason a row is refused; <see cref="Field"/> (a <see cref="RecordFields"/> name) is null for a whole-row reason.</summary>
public sealed record RecordFieldError(string? Field, string Message);

/// <summary>A field that changes, with its localized label and values (stored → the file's).</summary>
public sealed record RecordFieldChange(string Label, string? Old, string? New);

/// <summary>The field names a file's columns map to, per kind.</summary>
public static class RecordFields
{
    public static class Patent
    {
        public const string Office = nameof(Office);
        public const string ApplicationNumber = nameof(ApplicationNumber);
        public const string FilingDate = nameof(FilingDate);
        public const string Type = nameof(Type);
        public const string Title = nameof(Title);
        public const string Applicants = nameof(Applicants);
        public const string ApplicantKind = nameof(ApplicantKind);
        public const string ApplicantCreditCode = nameof(ApplicantCreditCode);
        public const string ApplicantAddress = nameof(ApplicantAddress);
        public const string Inventors = nameof(Inventors);
        public const string PublicationNumber = nameof(PublicationNumber);
        public const string PublicationDate = nameof(PublicationDate);
        public const string GrantNumber = nameof(GrantNumber);
        public const string GrantDate = nameof(GrantDate);
        public const string IpcMain = nameof(IpcMain);
        public const string IpcFurther = nameof(IpcFurther);
        public const string AgencyName = nameof(AgencyName);
        public const string AgencyCode = nameof(AgencyCode);
        public const string LegalStatus = nameof(LegalStatus);
        public const string Abstract = nameof(Abstract);
        public const string ServiceInvention = nameof(ServiceInvention);
    }

    public static class Trademark
    {
        public const string RegistrationNumber = nameof(RegistrationNumber);
        public const string Mark = nameof(Mark);
        public const string NiceClasses = nameof(NiceClasses);
        public const string OwnerName = nameof(OwnerName);
        public const string OwnerCreditCode = nameof(OwnerCreditCode);
        public const string ApplicationDate = nameof(ApplicationDate);
        public const string RegistrationDate = nameof(RegistrationDate);
        public const string ValidUntil = nameof(ValidUntil);
        public const string Status = nameof(Status);
        public const string GeographicalIndication = nameof(GeographicalIndication);
    }

    public static class Copyright
    {
        public const string RegistrationNumber = nameof(RegistrationNumber);
        public const string Kind = nameof(Kind);
        public const string CertificateNumber = nameof(CertificateNumber);
        public const string Title = nameof(Title);
        public const string OwnerName = nameof(OwnerName);
        public const string OwnerCreditCode = nameof(OwnerCreditCode);
        public const string RegisteredOn = nameof(RegisteredOn);
    }

    public static class Enterprise
    {
        public const string Name = nameof(Name);
        public const string CreditCode = nameof(CreditCode);
        public const string Kind = nameof(Kind);
        public const string UnitCode = nameof(UnitCode);
        public const string Address = nameof(Address);
        public const string IndustrySection = nameof(IndustrySection);
        public const string Size = nameof(Size);
        public const string HighTechCertificateNumber = nameof(HighTechCertificateNumber);
        public const string HighTechValidUntil = nameof(HighTechValidUntil);
        public const string KeyIndustry = nameof(KeyIndustry);
        public const string HasIpManagementBody = nameof(HasIpManagementBody);
        public const string FullTimeIpStaff = nameof(FullTimeIpStaff);
        public const string PartTimeIpStaff = nameof(PartTimeIpStaff);
        public const string ContactPerson = nameof(ContactPerson);
    }
}
