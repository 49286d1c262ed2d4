using System.ComponentModel.DataAnnotations;
using CountyIP.Modules.__Module__.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.__Module__.UseCases;

/// <summary>
/// Records a new item. Public (rule 6) so the one validation path (ADR 0018) checks its attributes: the API answers
/// 400 with the field names, the page shows the same messages under the same fields. Field labels come from
/// <c>Field_{Property}</c> in <see cref="__Module__Text"/>.
/// </summary>
public sealed class Create__Module__ItemCommand
{
    [Required, StringLength(__Module__Item.CodeMaxLength), RegularExpression("^[a-z0-9][a-z0-9-]*$")]
    public string? Code { get; set; }

    [Required, StringLength(__Module__Item.NameZhMaxLength)]
    public string? NameZh { get; set; }

    [StringLength(__Module__Item.NameEnMaxLength)]
    public string? NameEn { get; set; }
}

/// <summary>
/// One use case, one handler, one SaveChangesAsync (rule 4): the save writes the item and, in the same transaction,
/// its audit record (the SaveChanges interceptor, ADR 0010).
/// </summary>
internal sealed class Create__Module__ItemHandler(CountyIpDbContext db, ICurrentUser user, IStringLocalizer<__Module__Text> text, TimeProvider clock)
{
    public async Task<__Module__ItemView> HandleAsync(Create__Module__ItemCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code!.Trim();

        // Only the database knows the codes in use: a field error (400, under the field), not a broken rule (ADR 0018).
        // The unique index still refuses a concurrent duplicate.
        if (await db.Set<__Module__Item>().AnyAsync(i => i.Code == code, cancellationToken))
        {
            throw InputValidationException.For(nameof(Create__Module__ItemCommand.Code), text["Error_CodeTaken", code]);
        }

        var item = new __Module__Item(code, command.NameZh!, command.NameEn, user.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return __Module__ItemView.From(item);
    }
}
