using CountyIP.Modules.Registry.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>A scanned certificate as uploaded; its type is decided from the content.</summary>
public sealed record CertificateUpload(string FileName, byte[] Content);

public sealed record AddDesignationCommand(Guid EnterpriseId, DesignationInput Designation, CertificateUpload? Certificate = null);

/// <summary>Adds a 示范/试点 designation to an enterprise, with its certificate file (PDF, JPEG or PNG) when given.</summary>
internal sealed class AddDesignationHandler(CountyIpDbContext db, RegistryScope scope, InputErrors errors, IFileStore files, IStringLocalizer<RegistryText> text, TimeProvider clock)
{
    public async Task<Guid?> HandleAsync(AddDesignationCommand command, CancellationToken ct)
    {
        var d = command.Designation;
        errors.Required(nameof(DesignationInput.Title), d.Title);
        errors.Required(nameof(DesignationInput.IssuingBody), d.IssuingBody);
        if (d.Year is < 1980 or > 2100)
        {
            errors.Add(nameof(DesignationInput.Year), text["Error_OutOfRange", d.Year]);
        }

        string? contentType = null;
        if (command.Certificate is { } certificate)
        {
            contentType = CertificateFiles.Detect(certificate.Content);
            if (certificate.Content.Length > CertificateFiles.MaxBytes)
            {
                errors.Add("Certificate", text["Error_CertificateTooLarge", CertificateFiles.MaxBytes / 1024 / 1024]);
            }
            else if (contentType is null)
            {
                errors.Add("Certificate", text["Error_CertificateType"]);
            }
        }

        errors.ThrowIfAny();
        var enterprise = await scope.Enterprises(db).FirstOrDefaultAsync(e => e.Id == command.EnterpriseId, ct);
        if (enterprise is null)
        {
            return null;
        }

        var designation = new Designation(d.Level, d.Kind, d.Title.Trim(), d.IssuingBody.Trim(), d.Year, d.ValidUntil);
        string? key = null;
        if (command.Certificate is { } upload)
        {
            await using var content = new MemoryStream(upload.Content, writable: false);
            key = await files.SaveAsync("designations", content, ct);
            designation.AttachCertificate(key, CertificateFiles.SafeName(upload.FileName, contentType!), contentType!);
        }

        enterprise.AddDesignation(designation);
        enterprise.Touch(clock.GetUtcNow().UtcDateTime);
        try
        {
            await RegistryPaging.SaveAsync(db, text, ct);
        }
        catch
        {
            // The row was not written: do not leave an unreferenced file behind.
            if (key is not null)
            {
                files.Delete(key);
            }

            throw;
        }

        return designation.Id;
    }
}

/// <summary>Certificate files: the type comes from the leading bytes (a renamed file is not trusted by its name).</summary>
internal static class CertificateFiles
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static string? Detect(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        _ => null,
    };

    /// <summary>The user's name without any path, with the extension of the detected type.</summary>
    public static string SafeName(string fileName, string contentType)
    {
        var name = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or ';'))]);
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "certificate";
        }

        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/jpeg" => ".jpg",
            _ => ".png",
        };
        return (name.Length > 150 ? name[..150] : name) + extension;
    }
}
