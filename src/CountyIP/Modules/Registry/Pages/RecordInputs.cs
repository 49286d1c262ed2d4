using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>A record as read, turned back into its update input (the fields a form does not show are kept as they are).</summary>
internal static class RecordInputs
{
    public static PatentInput From(PatentDetails p) => new()
    {
        Office = p.Office,
        ApplicationNumber = p.ApplicationNumber,
        Type = p.Type,
        Title = p.Title,
        Abstract = p.Abstract,
        Applicants = [.. p.Applicants.Select(a => new ApplicantInput(a.Name, a.Kind, a.CreditCode))],
        Inventors = p.Inventors,
        ApplicantAddress = p.ApplicantAddress,
        FilingDate = p.FilingDate,
        PublicationNumber = p.PublicationNumber,
        PublicationDate = p.PublicationDate,
        GrantNumber = p.GrantNumber,
        GrantDate = p.GrantDate,
        IpcMain = p.IpcMain,
        IpcFurther = p.IpcFurther.Count == 0 ? null : string.Join(';', p.IpcFurther),
        AgencyName = p.AgencyName,
        AgencyCode = p.AgencyCode,
        LegalStatus = p.RecordedStatus,
        StatusDate = p.StatusHistory.Count == 0 ? null : p.StatusHistory[^1].Date,
        ServiceInvention = p.ServiceInvention,
        AnnualFeePaidUntil = p.AnnualFeePaidUntil,
        Version = p.Version,
    };

    public static TrademarkInput From(TrademarkView t) => new()
    {
        RegistrationNumber = t.RegistrationNumber,
        Mark = t.Mark,
        NiceClasses = string.Join(';', t.NiceClasses),
        OwnerName = t.OwnerName,
        EnterpriseId = t.EnterpriseId,
        ApplicationDate = t.ApplicationDate,
        RegistrationDate = t.RegistrationDate,
        ValidUntil = t.ValidUntil,
        Status = t.RecordedStatus,
        GeographicalIndication = t.GeographicalIndication,
        Recognitions = t.Recognitions,
        Version = t.Version,
    };

    public static CopyrightInput From(CopyrightView c) => new()
    {
        Kind = c.Kind,
        RegistrationNumber = c.RegistrationNumber,
        CertificateNumber = c.CertificateNumber,
        Title = c.Title,
        OwnerName = c.OwnerName,
        EnterpriseId = c.EnterpriseId,
        RegisteredOn = c.RegisteredOn,
        Version = c.Version,
    };

    public static StandardsProjectInput From(StandardsProjectView s) => new()
    {
        Number = s.Number,
        Title = s.Title,
        Level = s.Level,
        Role = s.Role,
        Kind = s.Kind,
        StartYear = s.StartYear,
        EnterpriseId = s.EnterpriseId,
        Version = s.Version,
    };
}
