using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>Patent form: applicants one per line, "name" or "name, credit code", in order.</summary>
public sealed class PatentForm
{
    [StringLength(8)]
    public string? Office { get; set; } = Patent.ChineseOffice;

    [Required, StringLength(40)]
    public string? ApplicationNumber { get; set; }

    /// <summary>Only needed for foreign offices (CN takes it from the number).</summary>
    public PatentType? Type { get; set; }

    [Required, StringLength(500)]
    public string? Title { get; set; }

    [StringLength(8000)]
    public string? Abstract { get; set; }

    [Required, StringLength(4000)]
    public string? Applicants { get; set; }

    [StringLength(1000)]
    public string? Inventors { get; set; }

    [StringLength(300)]
    public string? ApplicantAddress { get; set; }

    [Required]
    public DateOnly? FilingDate { get; set; }

    [StringLength(20)]
    public string? PublicationNumber { get; set; }

    public DateOnly? PublicationDate { get; set; }

    [StringLength(20)]
    public string? GrantNumber { get; set; }

    public DateOnly? GrantDate { get; set; }

    [StringLength(60)]
    public string? IpcMain { get; set; }

    [StringLength(1000)]
    public string? IpcFurther { get; set; }

    [StringLength(200)]
    public string? AgencyName { get; set; }

    [StringLength(10)]
    public string? AgencyCode { get; set; }

    public PatentLegalStatus? LegalStatus { get; set; }

    public DateOnly? StatusDate { get; set; }

    /// <summary>"" derive from the first applicant, "true" / "false" explicit.</summary>
    public string? ServiceInvention { get; set; }

    public DateOnly? AnnualFeePaidUntil { get; set; }

    public Guid? Version { get; set; }

    public static PatentForm From(PatentDetails p) => new()
    {
        Office = p.Office,
        ApplicationNumber = p.ApplicationNumber,
        Type = p.Office == Patent.ChineseOffice ? null : p.Type,
        Title = p.Title,
        Abstract = p.Abstract,
        Applicants = string.Join('\n', p.Applicants.Select(a => a.CreditCode is null ? a.Name : $"{a.Name}, {a.CreditCode}")),
        Inventors = p.Inventors,
        ApplicantAddress = p.ApplicantAddress,
        FilingDate = p.FilingDate,
        PublicationNumber = p.PublicationNumber,
        PublicationDate = p.PublicationDate,
        GrantNumber = p.GrantNumber,
        GrantDate = p.GrantDate,
        IpcMain = p.IpcMain,
        IpcFurther = string.Join(';', p.IpcFurther),
        AgencyName = p.AgencyName,
        AgencyCode = p.AgencyCode,
        LegalStatus = p.RecordedStatus,
        StatusDate = p.StatusHistory.Count == 0 ? null : p.StatusHistory[^1].Date,
        AnnualFeePaidUntil = p.AnnualFeePaidUntil,
        Version = p.Version,
    };

    public PatentInput ToInput(IReadOnlyList<ApplicantView>? current) => new()
    {
        Office = Office,
        ApplicationNumber = ApplicationNumber ?? string.Empty,
        Type = Type,
        Title = Title ?? string.Empty,
        Abstract = Abstract,
        Applicants = ParseApplicants(current),
        Inventors = Inventors,
        ApplicantAddress = ApplicantAddress,
        FilingDate = FilingDate ?? default,
        PublicationNumber = PublicationNumber,
        PublicationDate = PublicationDate,
        GrantNumber = GrantNumber,
        GrantDate = GrantDate,
        IpcMain = IpcMain,
        IpcFurther = IpcFurther,
        AgencyName = AgencyName,
        AgencyCode = AgencyCode,
        LegalStatus = LegalStatus,
        StatusDate = StatusDate,
        ServiceInvention = bool.TryParse(ServiceInvention, out var s) ? s : null,
        AnnualFeePaidUntil = AnnualFeePaidUntil,
        Version = Version,
    };

    /// <summary>Keeps the recorded kind (organisation/individual) of an applicant whose name is unchanged.</summary>
    private List<ApplicantInput> ParseApplicants(IReadOnlyList<ApplicantView>? current)
    {
        var list = new List<ApplicantInput>();
        foreach (var line in (Applicants ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cut = line.IndexOfAny([',', '，', '\t']);
            var name = (cut < 0 ? line : line[..cut]).Trim();
            var code = cut < 0 ? null : line[(cut + 1)..].Trim();
            var kind = current?.FirstOrDefault(a => a.Name == name)?.Kind;
            list.Add(new ApplicantInput(name, kind, string.IsNullOrEmpty(code) ? null : code));
        }

        return list;
    }
}
