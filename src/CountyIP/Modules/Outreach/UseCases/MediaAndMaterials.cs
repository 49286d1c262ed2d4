using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CountyIP.Modules.Outreach.Domain;
using CountyIP.Modules.Protection.Contracts;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Localization;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Outreach.UseCases;

/// <summary>Media coverage as recorded (<c>POST /api/outreach/media</c> {outlet, date, title, link, eventId, caseId}).</summary>
public sealed class MediaInput : IValidatableObject
{
    private static readonly System.Resources.ResourceManager Messages = new(typeof(OutreachText));

    [Required, StringLength(MediaCoverage.OutletMaxLength)]
    public string? Outlet { get; set; }

    [Required]
    public DateOnly? Date { get; set; }

    [Required, StringLength(MediaCoverage.TitleMaxLength)]
    public string? Title { get; set; }

    [StringLength(MediaCoverage.LinkMaxLength)]
    public string? Link { get; set; }

    public Guid? EventId { get; set; }

    /// <summary>A concluded protection case the coverage reports as a typical case (典型案例).</summary>
    public Guid? CaseId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Link) && (!Uri.TryCreate(Link.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult(Messages.GetString("Error_NewsLink", CultureInfo.CurrentUICulture), [nameof(Link)]);
        }

        if (Date is { } date && (date.Year < 2000 || date.Year > 2100))
        {
            yield return new ValidationResult(Messages.GetString("Error_DateOutOfRange", CultureInfo.CurrentUICulture), [nameof(Date)]);
        }
    }
}

public sealed record MediaView(Guid Id, string Outlet, DateOnly Date, string Title, string? Link, Guid? EventId, string? EventTitle, Guid? CaseId, string? CaseNumber, string? CaseSummary, string OrganiserName, string? ScanName, string CreatedBy)
{
    public string? ScanHref => ScanName is null ? null : $"/api/outreach/media/{Id}/scan";
}

/// <summary>
/// Media coverage in the caller's scope (a liaison: what their unit recorded), newest first; recorded by whoever may
/// record events, with an optional scan (a photo or PDF of the clipping, typed by content).
/// </summary>
internal sealed class MediaHandler(
    CountyIpDbContext db, OutreachScope scope, OrganiserDirectory organisers, ITypicalCases typicalCases, IFileStore files, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public const string Field = "file";
    public const string FileCategory = "outreach-media";

    public async Task<PagedResult<MediaView>> ListAsync(int? year, Guid? eventId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var media = scope.Filter(db.Set<MediaCoverage>().AsNoTracking(), m => m.OrganiserCode);
        if (year is { } y)
        {
            media = media.Where(m => m.PublishedOn >= new DateOnly(y, 1, 1) && m.PublishedOn <= new DateOnly(y, 12, 31));
        }

        if (eventId is { } e)
        {
            media = media.Where(m => m.EventId == e);
        }

        var size = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(1, page);
        var total = await media.CountAsync(cancellationToken);
        var rows = await (from m in media
                          join ev in db.Set<PublicityEvent>().AsNoTracking() on m.EventId equals ev.Id into events
                          from ev in events.DefaultIfEmpty()
                          orderby m.PublishedOn descending, m.Title
                          select new { m, EventTitle = ev == null ? null : ev.Title }).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var views = new List<MediaView>(rows.Count);
        foreach (var r in rows)
        {
            views.Add(new MediaView(r.m.Id, r.m.Outlet, r.m.PublishedOn, r.m.Title, r.m.Link, r.m.EventId, r.EventTitle, r.m.CaseId, r.m.CaseNumber, r.m.CaseSummary, await organisers.NameAsync(r.m.OrganiserCode, cancellationToken), r.m.ScanName, r.m.CreatedBy));
        }

        return new PagedResult<MediaView>(views, total, page, size);
    }

    /// <summary>Concluded protection cases the coverage may report as typical cases, newest first.</summary>
    public Task<IReadOnlyList<TypicalCase>> TypicalCaseChoicesAsync(CancellationToken cancellationToken) => typicalCases.ConcludedAsync(200, cancellationToken);

    /// <summary>
    /// Records coverage; the event, when given, must be one the caller may see; the case, when given, must be concluded
    /// (only its number and public outcome are kept).
    /// </summary>
    public async Task<MediaView> CreateAsync(MediaInput input, (string? Name, byte[] Content)? scan, CancellationToken cancellationToken)
    {
        string? eventTitle = null;
        if (input.EventId is { } eventId
            && (eventTitle = await scope.Filter(db.Set<PublicityEvent>().AsNoTracking(), e => e.OrganiserCode).Where(e => e.Id == eventId).Select(e => e.Title).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            throw InputValidationException.For(nameof(MediaInput.EventId), text["Error_UnknownEvent"]);
        }

        TypicalCase? typical = null;
        if (input.CaseId is { } caseId && (typical = await typicalCases.FindConcludedAsync(caseId, cancellationToken)) is null)
        {
            throw InputValidationException.For(nameof(MediaInput.CaseId), text["Error_UnknownTypicalCase"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var coverage = new MediaCoverage(scope.OrganiserFor(null), input.Outlet!, input.Date!.Value, input.Title!, input.Link, input.EventId, user.UserName ?? string.Empty, now);
        if (typical is not null)
        {
            coverage.CoverCase(typical.Id, typical.Number, typical.PublicOutcome, now);
        }

        string? key = null;
        if (scan is { } s)
        {
            var (file, rejection) = EvidenceInspector.Inspect(s.Content, s.Name);
            if (file is null)
            {
                throw InputValidationException.For(Field, text["Error_File_" + rejection, EvidenceInspector.SafeFileName(s.Name)]);
            }

            using var stream = new MemoryStream(file.Content, writable: false);
            key = await files.SaveAsync(FileCategory, stream, cancellationToken);
            coverage.AttachScan(key, file.FileName, file.ContentType, now);
        }

        db.Add(coverage);
        try
        {
            await OutreachSave.SaveAsync(db, text, cancellationToken);
        }
        catch
        {
            if (key is not null)
            {
                files.Delete(key);
            }

            throw;
        }

        return new MediaView(coverage.Id, coverage.Outlet, coverage.PublishedOn, coverage.Title, coverage.Link, coverage.EventId, eventTitle, coverage.CaseId, coverage.CaseNumber, coverage.CaseSummary, await organisers.NameAsync(coverage.OrganiserCode, cancellationToken), coverage.ScanName, coverage.CreatedBy);
    }

    public async Task<(Stream Content, string FileName, string ContentType)?> OpenScanAsync(Guid id, CancellationToken cancellationToken) =>
        await scope.Filter(db.Set<MediaCoverage>().AsNoTracking(), m => m.OrganiserCode).FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { ScanKey: { } key } m
        && files.OpenRead(key) is { } stream
            ? (stream, m.ScanName!, m.ScanContentType!)
            : null;
}

/// <summary>A material as uploaded (multipart: title, kind, theme, description, isPublic, file).</summary>
public sealed class MaterialInput
{
    [Required, StringLength(OutreachMaterial.TitleMaxLength)]
    public string? Title { get; set; }

    [Required]
    public MaterialKind? Kind { get; set; }

    [Required]
    public PublicityTheme? Theme { get; set; }

    [StringLength(OutreachMaterial.DescriptionMaxLength)]
    public string? Description { get; set; }

    public bool IsPublic { get; set; }
}

public sealed record MaterialView(Guid Id, string Title, MaterialKind Kind, string KindName, PublicityTheme Theme, string ThemeName, string? Description, bool IsPublic, string FileName, string ContentType, long Size, DateTime CreatedUtc)
{
    public string Href => $"/api/outreach/materials/{Id}/file";

    public string PublicHref => $"/api/outreach/public/materials/{Id}/file";
}

/// <summary>
/// The materials library (issue 15 §4): leaflets, slides and videos as files, tagged by theme; the bureau uploads and
/// marks them public; everyone in the module reads them, the portal lists and serves the public ones. Documents and
/// images are typed by content (<see cref="EvidenceInspector"/>); a video must be an MP4 (its "ftyp" box), at most 100 MB.
/// </summary>
internal sealed class MaterialsHandler(CountyIpDbContext db, IFileStore files, ICurrentUser user, IStringLocalizer<OutreachText> text, TimeProvider clock)
{
    public const string Field = "file";
    public const string FileCategory = "outreach-materials";
    public const long MaxVideoBytes = 100L * 1024 * 1024;

    public async Task<PagedResult<MaterialView>> ListAsync(bool publicOnly, PublicityTheme? theme, MaterialKind? kind, int page, int pageSize, CancellationToken cancellationToken)
    {
        var materials = db.Set<OutreachMaterial>().AsNoTracking();
        if (publicOnly)
        {
            materials = materials.Where(m => m.IsPublic);
        }

        if (theme is { } t)
        {
            materials = materials.Where(m => m.Theme == t);
        }

        if (kind is { } k)
        {
            materials = materials.Where(m => m.Kind == k);
        }

        var size = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(1, page);
        var total = await materials.CountAsync(cancellationToken);
        var rows = await materials.OrderByDescending(m => m.CreatedUtc).ThenBy(m => m.Title).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<MaterialView>([.. rows.Select(View)], total, page, size);
    }

    public async Task<MaterialView> UploadAsync(MaterialInput input, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        string contentType;
        string safeName;
        byte[] stored;
        if (input.Kind == MaterialKind.Video)
        {
            // An MP4 starts with a box whose type, at bytes 4-7, is "ftyp" (ISO/IEC 14496-12).
            if (content.Length < 12 || content[4] != (byte)'f' || content[5] != (byte)'t' || content[6] != (byte)'y' || content[7] != (byte)'p')
            {
                throw InputValidationException.For(Field, text["Error_NotVideo", EvidenceInspector.SafeFileName(fileName)]);
            }

            if (content.LongLength > MaxVideoBytes)
            {
                throw InputValidationException.For(Field, text["Error_VideoTooLarge", EvidenceInspector.SafeFileName(fileName)]);
            }

            (contentType, safeName, stored) = ("video/mp4", EvidenceInspector.SafeFileName(fileName), content);
        }
        else
        {
            var (file, rejection) = EvidenceInspector.Inspect(content, fileName);
            if (file is null)
            {
                throw InputValidationException.For(Field, text["Error_File_" + rejection, EvidenceInspector.SafeFileName(fileName)]);
            }

            (contentType, safeName, stored) = (file.ContentType, file.FileName, file.Content);
        }

        using var stream = new MemoryStream(stored, writable: false);
        var key = await files.SaveAsync(FileCategory, stream, cancellationToken);
        try
        {
            var material = new OutreachMaterial(input.Title!, input.Kind!.Value, input.Theme!.Value, input.Description, input.IsPublic, key, safeName, contentType, stored.LongLength, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
            db.Add(material);
            await OutreachSave.SaveAsync(db, text, cancellationToken);
            return View(material);
        }
        catch
        {
            files.Delete(key);
            throw;
        }
    }

    /// <summary>Marks a material public or internal; null when it does not exist.</summary>
    public async Task<MaterialView?> PublishAsync(Guid id, bool isPublic, CancellationToken cancellationToken)
    {
        if (await db.Set<OutreachMaterial>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } material)
        {
            return null;
        }

        material.Publish(isPublic, clock.GetUtcNow().UtcDateTime);
        await OutreachSave.SaveAsync(db, text, cancellationToken);
        return View(material);
    }

    public async Task<(Stream Content, string FileName, string ContentType)?> OpenAsync(Guid id, bool publicOnly, CancellationToken cancellationToken) =>
        await db.Set<OutreachMaterial>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && (!publicOnly || m.IsPublic), cancellationToken) is { } m
        && files.OpenRead(m.FileKey) is { } stream
            ? (stream, m.FileName, m.ContentType)
            : null;

    private MaterialView View(OutreachMaterial m) =>
        new(m.Id, m.Title, m.Kind, text.EnumName(m.Kind), m.Theme, text.EnumName(m.Theme), m.Description, m.IsPublic, m.FileName, m.ContentType, m.Size, m.CreatedUtc);
}
