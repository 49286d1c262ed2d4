using System.Globalization;
using System.Net;
using System.Text;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>
/// Flags a major case (重大案件). The criteria the bureau applies, for the officer to cite: a fine or illegal turnover of
/// 100,000 yuan or more, a suspected crime (referral to the police), cross-region or organised infringement, serious
/// public-health or safety risk, or strong public attention. The officer states which apply.
/// </summary>
public sealed record MarkMajorCaseCommand(Guid CaseId, string Criteria, int? ExpectedVersion = null);

/// <summary>Generates the report to the superior authority and records it as sent.</summary>
public sealed record SendMajorReportCommand(Guid CaseId, string Recipient);

public sealed record MajorReportFile(Stream Content, string FileName);

internal sealed class MarkMajorCaseHandler(CountyIpDbContext db, CaseScope scope, TimeProvider clock, IStringLocalizer<ProtectionText> text)
{
    public async Task<int?> HandleAsync(MarkMajorCaseCommand command, CancellationToken cancellationToken)
    {
        var @case = await CaseQueries.LoadAsync(db, scope, command.CaseId, tracking: true, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        if (command.ExpectedVersion is { } expected && expected != @case.Version)
        {
            throw new BusinessRuleException("protection.concurrent-change", text["Error_ConcurrentChange"]);
        }

        @case.MarkMajor(command.Criteria, scope.Actor, clock.GetUtcNow().UtcDateTime);
        await CaseSaving.SaveAsync(db, text, cancellationToken);
        return @case.Version;
    }
}

/// <summary>
/// A printable HTML report (the bureau prints or attaches it to the official submission). It carries the facts of the
/// case and never the complainant's identity: "anonymous" or "named (identity withheld)".
/// </summary>
internal sealed class SendMajorReportHandler(CountyIpDbContext db, CaseScope scope, IFileStore files, TimeProvider clock, IStringLocalizer<ProtectionText> text)
{
    public async Task<bool> HandleAsync(SendMajorReportCommand command, CancellationToken cancellationToken)
    {
        var @case = await CaseQueries.LoadAsync(db, scope, command.CaseId, tracking: true, cancellationToken);
        if (@case is null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(command.Recipient))
        {
            throw new BusinessRuleException("protection.recipient-required", text["Error_RecipientRequired"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var html = Render(@case, command.Recipient.Trim(), now);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(html));
        var key = await files.SaveAsync("protection-reports", content, cancellationToken);
        try
        {
            @case.RecordMajorReportSent(key, scope.Actor, now);
            await CaseSaving.SaveAsync(db, text, cancellationToken);
        }
        catch
        {
            files.Delete(key);
            throw;
        }

        return true;
    }

    public async Task<MajorReportFile?> OpenAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await scope.Filter(db.Set<ProtectionCase>()).AsNoTracking()
            .Where(c => c.Id == caseId && c.MajorReportFileKey != null)
            .Select(c => new { c.Number, c.MajorReportFileKey })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null || files.OpenRead(found.MajorReportFileKey!) is not { } stream
            ? null
            : new MajorReportFile(stream, $"major-case-report-{found.Number}.html");
    }

    private string Render(ProtectionCase c, string recipient, DateTime nowUtc)
    {
        static string E(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
        var rows = new List<(string, string?)>
        {
            (text["Field_Number"], c.Number),
            (text["Field_Kind"], text[$"Enum_CaseKind_{c.Kind}"]),
            (text["Field_Channel"], text[$"Enum_CaseChannel_{c.Channel}"]),
            (text["Field_ReceivedOn"], c.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (text["Field_Respondent"], c.Respondent),
            (text["Field_Place"], c.Place),
            (text["Field_Description"], c.Description),
            (text["Field_Complainant"], c.IsAnonymous ? text["Cases_Anonymous"] : text["Cases_IdentityWithheld"]),
            (text["Field_Departments"], string.Join(", ", c.ActiveAssignments.Select(a => a.DepartmentCode))),
            (text["Major_Criteria"], c.MajorCriteria),
            (text["Field_State"], text[$"Enum_CaseState_{c.State}"]),
            (text["Field_Result"], c.Result),
            (text["Field_Measures"], c.Measures),
            (text["Field_Penalties"], c.Penalties),
        };
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{E(text["Major_ReportTitle"])} {E(c.Number)}</title>");
        body.Append("<style>body{font-family:serif;max-width:48rem;margin:2rem auto}th{text-align:left;vertical-align:top;width:10rem}td,th{border:1px solid #999;padding:.4rem}table{border-collapse:collapse;width:100%}</style></head><body>");
        body.Append(CultureInfo.InvariantCulture, $"<h1>{E(text["Major_ReportTitle"])}</h1><p>{E(text["Major_To"])}{E(recipient)}</p><table>");
        foreach (var (label, value) in rows)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>");
        }

        body.Append(CultureInfo.InvariantCulture, $"</table><p>{E(text["Major_ReportedBy"])}{E(scope.Actor)} · {E(TimeDisplay.Format(nowUtc))}</p></body></html>");
        return body.ToString();
    }
}
