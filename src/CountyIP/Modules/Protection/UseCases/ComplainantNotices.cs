using System.Globalization;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

public sealed record CaseNoticeView(Guid Id, NoticeKind Kind, DateTime SentAtUtc, string SentBy);

public sealed record NoticeFile(Stream Content, string FileName);

/// <summary>
/// Writes the notice to the complainant (告知书) as a Word document, always in Chinese (it is an official document of
/// the bureau, whatever language the officer's screen is in). It names the case by its number and the decision or
/// public outcome; it never carries the complainant's name or contact (信访工作条例 art. 30; PIPL art. 6): the officer
/// who posts it takes the address from the audited identity view.
/// </summary>
internal static class NoticeWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Title(NoticeKind kind) => ProtectionText.Get($"Notice_Title_{kind}", Chinese);

    public static string FileName(string caseNumber, NoticeKind kind) => $"{Title(kind)}-{caseNumber}.docx";

    public static byte[] Write(ProtectionCase c, NoticeKind kind, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(c);
        string S(string key) => ProtectionText.Get(key, Chinese);
        string Date(DateOnly d) => string.Format(Chinese, S("Notice_DateFormat"), d.Year, d.Month, d.Day);

        var subject = string.Format(Chinese, S("Notice_Subject"), Date(c.ReceivedOn), S($"Enum_CaseKind_{c.Kind}"), c.Number, c.Respondent);
        var decision = kind switch
        {
            NoticeKind.Acceptance => S("Notice_Body_Acceptance"),
            NoticeKind.NonAcceptance => string.Format(Chinese, S("Notice_Body_NonAcceptance"), c.NotAcceptedReason),
            _ => string.Format(Chinese, S("Notice_Body_Outcome"), c.PublicOutcome),
        };

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Line(Title(kind), centred: true, bold: true, halfPoints: 36),
                Line(string.Format(Chinese, S("Notice_NumberLine"), c.Number), centred: true),
                Line(S("Notice_Salutation")),
                Line(subject + decision, indent: true),
                Line(S("Notice_Tracking"), indent: true),
                Line(string.Empty),
                Line(S("Notice_Issuer"), right: true),
                Line(Date(issuedOn), right: true)));
            document.PackageProperties.Title = Title(kind) + " " + c.Number;
        }

        return stream.ToArray();
    }

    private static Paragraph Line(string text, bool centred = false, bool right = false, bool bold = false, int halfPoints = 28, bool indent = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "160", Line = "440", LineRule = LineSpacingRuleValues.Exact });
        if (centred || right)
        {
            properties.Append(new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Right });
        }

        if (indent)
        {
            // Two characters of first-line indent, the usual layout of official letters (GB/T 9704).
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        var runProperties = new RunProperties(new RunFonts { EastAsia = "FangSong", Ascii = "FangSong", HighAnsi = "FangSong" }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}

/// <summary>A notice of a case, for the officers handling it (the bureau officers who acted on it, the assigned liaisons).</summary>
internal sealed class GetNoticeFileHandler(CountyIpDbContext db, CaseScope scope, IFileStore files, IStringLocalizer<ProtectionText> text)
{
    /// <summary>Null when the case or notice is outside the caller's scope; 409 when the caller does not handle the case.</summary>
    public async Task<NoticeFile?> HandleAsync(Guid caseId, Guid noticeId, CancellationToken cancellationToken)
    {
        var @case = await CaseQueries.LoadAsync(db, scope, caseId, tracking: false, cancellationToken);
        var notice = @case?.Notices.FirstOrDefault(n => n.Id == noticeId);
        if (@case is null || notice is null)
        {
            return null;
        }

        if (!scope.IsHandler(@case))
        {
            throw new BusinessRuleException("protection.not-handler", text["Error_NotHandler"]);
        }

        return files.OpenRead(notice.FileKey) is { } stream ? new NoticeFile(stream, NoticeWriter.FileName(@case.Number, notice.Kind)) : null;
    }
}

/// <summary>Generates and records the notice a workflow step calls for; the caller saves (one SaveChanges per use case).</summary>
internal sealed class NoticeIssuer(IFileStore files)
{
    /// <summary>The stored file's key when a notice was written (delete it if saving the case fails), otherwise null.</summary>
    public async Task<string?> IssueAsync(ProtectionCase @case, CaseAction action, string actor, DateTime nowUtc, DateOnly today, CancellationToken cancellationToken)
    {
        if (@case.NoticeDue(action) is not { } kind)
        {
            return null;
        }

        using var content = new MemoryStream(NoticeWriter.Write(@case, kind, today));
        var key = await files.SaveAsync("protection-notices", content, cancellationToken);
        @case.RecordNoticeSent(kind, key, actor, nowUtc);
        return key;
    }
}

internal static class NoticeQueries
{
    public static IReadOnlyList<CaseNoticeView> Views(ProtectionCase c) =>
        [.. c.Notices.OrderBy(n => n.SentAtUtc).Select(n => new CaseNoticeView(n.Id, n.Kind, n.SentAtUtc, n.SentBy))];
}
