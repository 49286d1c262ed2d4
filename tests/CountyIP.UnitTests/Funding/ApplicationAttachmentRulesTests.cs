using CountyIP.Modules.Funding.Demo;
using CountyIP.Modules.Funding.Domain;
using CountyIP.Modules.Funding.UseCases;
using CountyIP.Platform.Files;

namespace CountyIP.UnitTests.Funding;

/// <summary>
/// Evidence on an application (issue 12 §3): attached and removed only while it is a draft or returned, at most
/// <see cref="FundingApplication.MaxAttachments"/>, each change moving the version stamp; an item's evidence requirement
/// carried onto the application and into a policy's next version; the demo's generated files pass the upload inspection.
/// </summary>
public sealed class ApplicationAttachmentRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static FundingApplication Draft(bool requiresEvidence = false)
    {
        var item = new PolicyItem("T1", "培训补助", AchievementKind.Training, AmountMode.PerUnit, 200m, null, null, 1m, 1m, BudgetUse.PublicityTraining, requiresEvidence);
        var policy = new RewardPolicy("办法", "仓政综〔2013〕1号", new DateOnly(2013, 1, 1), null, [item], "staff", Now);
        return new FundingApplication(Guid.NewGuid(), "某公司", "350104001", policy, policy.Items[0], "ent", false, Now);
    }

    [Fact]
    public void Attach_Draft_AddedAndVersionMoves()
    {
        var application = Draft();
        var version = application.Version;

        var attachment = application.Attach("funding-evidence/2026/03/0123456789abcdef0123456789abcdef.bin", "证书.pdf", "application/pdf", 1234, "ent", Now);

        application.Attachments.ShouldBe([attachment]);
        attachment.FileName.ShouldBe("证书.pdf");
        application.Version.ShouldNotBe(version);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.InNotice)]
    [InlineData(ApplicationStatus.Rejected)]
    public void AttachOrDetach_NotEditable_Throws(ApplicationStatus status)
    {
        var application = Draft();
        var attachment = application.Attach("k", "a.pdf", "application/pdf", 1, "ent", Now);
        application.Apply(ApplicationAction.Submit, status, "ent", null, DateOnly.FromDateTime(Now), Now);

        Should.Throw<InvalidOperationException>(() => application.Attach("k2", "b.pdf", "application/pdf", 1, "ent", Now));
        Should.Throw<InvalidOperationException>(() => application.Detach(attachment.Id, Now));
        application.Attachments.Count.ShouldBe(1);
    }

    [Fact]
    public void Attach_Returned_Allowed_Detach_RemovesOnlyThatOne()
    {
        var application = Draft();
        var first = application.Attach("k1", "a.pdf", "application/pdf", 1, "ent", Now);
        application.Apply(ApplicationAction.Submit, ApplicationStatus.Submitted, "ent", null, DateOnly.FromDateTime(Now), Now);
        application.Apply(ApplicationAction.Return, ApplicationStatus.Returned, "town", "请补充", DateOnly.FromDateTime(Now), Now);

        var second = application.Attach("k2", "b.png", "image/png", 2, "ent", Now);

        application.Detach(first.Id, Now).ShouldBe(first);
        application.Detach(Guid.NewGuid(), Now).ShouldBeNull();
        application.Attachments.ShouldBe([second]);
    }

    [Fact]
    public void Attach_BeyondTheLimit_Throws()
    {
        var application = Draft();
        for (var i = 0; i < FundingApplication.MaxAttachments; i++)
        {
            application.Attach($"k{i}", $"{i}.pdf", "application/pdf", 1, "ent", Now);
        }

        Should.Throw<InvalidOperationException>(() => application.Attach("k", "x.pdf", "application/pdf", 1, "ent", Now));
    }

    [Fact]
    public void EvidenceRequired_TakenFromTheItem_AndCopiedIntoTheNextVersion()
    {
        Draft(requiresEvidence: true).EvidenceRequired.ShouldBeTrue();
        Draft().EvidenceRequired.ShouldBeFalse();
        var item = new PolicyItem("T1", "培训", AchievementKind.Training, AmountMode.PerUnit, 200m, null, null, 1m, 1m, BudgetUse.PublicityTraining, requiresEvidence: true);
        item.Copy().RequiresEvidence.ShouldBeTrue();
    }

    [Theory]
    [InlineData(1023, "1 KB")]
    [InlineData(1025, "2 KB")]
    [InlineData(5 * 1024 * 1024, "5.0 MB")]
    public void Size_AsPeopleReadIt(long bytes, string expected) => AttachmentRules.Size(bytes).ShouldBe(expected);

    [Fact]
    public void DemoEvidence_GeneratedFiles_PassTheUploadInspection()
    {
        var (pdf, pdfRejection) = EvidenceInspector.Inspect(DemoEvidence.Pdf("Invention patent certificate (demo)", "Granted (2014)"), "证书.pdf");
        var (png, pngRejection) = EvidenceInspector.Inspect(DemoEvidence.Png(), "照片.png");

        pdfRejection.ShouldBe(EvidenceRejection.None);
        pdf!.Type.ShouldBe(EvidenceType.Pdf);
        pngRejection.ShouldBe(EvidenceRejection.None);
        png!.Type.ShouldBe(EvidenceType.Png);
    }
}
