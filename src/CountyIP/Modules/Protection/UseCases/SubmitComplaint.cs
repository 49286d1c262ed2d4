using System.Security.Cryptography;
using CountyIP.Modules.Protection.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Protection.UseCases;

/// <summary>An uploaded evidence file as received (name from the client, bytes read in full, at most 20 MB).</summary>
public sealed record EvidenceUpload(string? FileName, byte[] Content);

/// <summary>
/// A complaint or report from any channel: the public portal (anonymous allowed) or bureau staff entering a hotline
/// call, walk-in or referral. <see cref="IdempotencyKey"/> makes a repeated submission the same case.
/// </summary>
public sealed record SubmitComplaintCommand(
    CaseKind Kind,
    string Respondent,
    string Place,
    string Description,
    ComplainantIdentity? Complainant,
    bool ConsentToContact,
    CaseChannel Channel,
    string? IdempotencyKey,
    IReadOnlyList<EvidenceUpload> Files,
    Guid? FairId = null);

public sealed record SubmitComplaintResult(string TrackingCode, Guid CaseId, string Number);

internal sealed class SubmitComplaintHandler(
    CountyIpDbContext db,
    IFileStore files,
    IdentityProtector identities,
    TrackingCodeIssuer codes,
    DeadlinePolicyLoader policies,
    CaseScope scope,
    TimeProvider clock,
    IStringLocalizer<ProtectionText> text)
{
    public async Task<SubmitComplaintResult> HandleAsync(SubmitComplaintCommand command, CancellationToken cancellationToken)
    {
        var keyHash = string.IsNullOrWhiteSpace(command.IdempotencyKey) ? null : TrackingCodeIssuer.HashKey(command.IdempotencyKey.Trim());
        var code = await codes.IssueAsync(command.IdempotencyKey?.Trim() is { Length: > 0 } key ? key : null, cancellationToken);
        if (keyHash is not null && await FindByKeyAsync(keyHash, cancellationToken) is { } existing)
        {
            return new SubmitComplaintResult(code, existing.Id, existing.Number);
        }

        Validate(command);
        var inspected = Inspect(command.Files);
        var stored = new List<(InspectedEvidence File, string Key)>();
        try
        {
            foreach (var file in inspected)
            {
                using var content = new MemoryStream(file.Content, writable: false);
                stored.Add((file, await files.SaveAsync("protection-evidence", content, cancellationToken)));
            }

            var identity = command.Complainant is { IsEmpty: false } person ? person : null;
            var now = clock.GetUtcNow().UtcDateTime;
            var policy = await policies.LoadAsync(cancellationToken);
            var @case = new ProtectionCase(
                NewNumber(now),
                command.Kind,
                command.Channel,
                command.Respondent,
                command.Place,
                command.Description,
                TrackingCode.Hash(code),
                keyHash,
                identity is null ? null : identities.Protect(identity),
                PersonalDataMask.Mobile(identity?.Mobile),
                command.ConsentToContact,
                command.Channel == CaseChannel.OnlinePortal ? "portal" : scope.Actor,
                now,
                CaseSaving.Today(clock),
                policy,
                command.FairId);
            foreach (var (file, fileKey) in stored)
            {
                @case.AddEvidence(fileKey, file.FileName, file.ContentType, file.Content.LongLength);
            }

            db.Add(@case);
            await db.SaveChangesAsync(cancellationToken);
            return new SubmitComplaintResult(code, @case.Id, @case.Number);
        }
        catch (DbUpdateException) when (keyHash is not null)
        {
            // Another request with the same key won the unique index: this one becomes that case.
            stored.ForEach(s => files.Delete(s.Key));
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(keyHash, cancellationToken) ?? throw new InvalidOperationException("Idempotent submission lost without a winner.");
            return new SubmitComplaintResult(code, winner.Id, winner.Number);
        }
        catch
        {
            stored.ForEach(s => files.Delete(s.Key));
            throw;
        }
    }

    private Task<ProtectionCase?> FindByKeyAsync(string keyHash, CancellationToken cancellationToken) =>
        db.Set<ProtectionCase>().AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == keyHash, cancellationToken);

    private void Validate(SubmitComplaintCommand command)
    {
        if (!Enum.IsDefined(command.Kind) || !Enum.IsDefined(command.Channel))
        {
            throw new BusinessRuleException("protection.invalid-kind", text["Error_InvalidKind"]);
        }

        // Required fields and lengths are the input shape, checked once by the attributes of the request or page form
        // that builds this command (ADR 0018); what remains here are rules the shape cannot say.
        if (command.Files.Count > EvidenceInspector.MaxFiles)
        {
            throw new BusinessRuleException("protection.too-many-files", text["Error_TooManyFiles", EvidenceInspector.MaxFiles]);
        }
    }

    private List<InspectedEvidence> Inspect(IReadOnlyList<EvidenceUpload> uploads)
    {
        var result = new List<InspectedEvidence>(uploads.Count);
        foreach (var upload in uploads)
        {
            var (file, rejection) = EvidenceInspector.Inspect(upload.Content, upload.FileName);
            if (file is null)
            {
                var name = EvidenceInspector.SafeFileName(upload.FileName);
                throw new BusinessRuleException("protection.file-" + rejection.ToString().ToLowerInvariant(), text["Error_File_" + rejection, name]);
            }

            result.Add(file);
        }

        return result;
    }

    private static string NewNumber(DateTime nowUtc)
    {
        Span<byte> random = stackalloc byte[4];
        RandomNumberGenerator.Fill(random);
        return $"IP{TimeDisplay.ToShanghai(nowUtc):yyyyMMdd}-{Convert.ToHexString(random)}";
    }
}
