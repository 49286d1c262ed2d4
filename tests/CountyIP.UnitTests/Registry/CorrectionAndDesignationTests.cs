using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.UseCases;

namespace CountyIP.UnitTests.Registry;

public sealed class CorrectionAndDesignationTests
{
    private static RightCorrection Pending() => new()
    {
        Kind = RightKind.Patent,
        RecordId = Guid.NewGuid(),
        EnterpriseId = Guid.NewGuid(),
        RecordLabel = "201310123456.2 一种开关柜",
        BaseVersion = Guid.NewGuid(),
        ProposedJson = "{}",
        Note = "名称有误",
    };

    [Fact]
    public void Approve_Pending_RecordsDecisionAndNewVersion()
    {
        var correction = Pending();
        var version = correction.Version;

        correction.Approve(Guid.NewGuid(), "staff", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));

        correction.Status.ShouldBe(CorrectionStatus.Approved);
        correction.DecidedByName.ShouldBe("staff");
        correction.Version.ShouldNotBe(version);
    }

    [Fact]
    public void Reject_AlreadyDecided_Throws()
    {
        var correction = Pending();
        correction.Reject(null, "staff", DateTime.UtcNow, "与证书一致");

        Should.Throw<InvalidOperationException>(() => correction.Approve(null, "staff", DateTime.UtcNow));
        correction.RejectionReason.ShouldBe("与证书一致");
    }

    [Fact]
    public void Reject_BlankReason_Throws()
    {
        Should.Throw<ArgumentException>(() => Pending().Reject(null, "staff", DateTime.UtcNow, " "));
    }

    [Fact]
    public void ReplaceDesignations_SameDesignation_KeepsCertificate()
    {
        var enterprise = new Enterprise { Name = "福州测试电气有限公司", CreditCode = "91350100M000100Y43" };
        var first = new Designation(DesignationLevel.Municipal, DesignationKind.Pilot, "福州市知识产权试点企业", "福州市知识产权局", 2014, null);
        first.AttachCertificate("designations/a.bin", "证书.pdf", "application/pdf");
        enterprise.AddDesignation(first);

        enterprise.ReplaceDesignations([
            new Designation(DesignationLevel.Municipal, DesignationKind.Pilot, "福州市知识产权试点企业", "福州市知识产权局", 2014, new DateOnly(2017, 12, 31)),
            new Designation(DesignationLevel.Provincial, DesignationKind.Pilot, "福建省知识产权试点企业", "福建省知识产权局", 2015, null),
        ]);

        enterprise.Designations[0].CertificateFileKey.ShouldBe("designations/a.bin");
        enterprise.Designations[1].CertificateFileKey.ShouldBeNull();
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, null)]
    [InlineData(new byte[] { }, null)]
    public void Detect_LeadingBytes_GivesType(byte[] content, string? expected)
    {
        CertificateFiles.Detect(content).ShouldBe(expected);
    }

    [Fact]
    public void SafeName_PathAndWrongExtension_NameWithDetectedExtension()
    {
        CertificateFiles.SafeName(@"C:\scans\..\证书.pdf", "image/png").ShouldBe("证书.png");
        CertificateFiles.SafeName("/etc/passwd", "application/pdf").ShouldBe("passwd.pdf");
        CertificateFiles.SafeName(".jpg", "image/jpeg").ShouldBe("certificate.jpg");
    }
}
