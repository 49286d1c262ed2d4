namespace CountyIP.Modules.Registry.Contracts;

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
