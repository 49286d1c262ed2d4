using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Creates the entry <paramref name="Code"/> of the list <paramref name="Kind"/> (a new kind starts a new list) or updates it.</summary>
public sealed record SaveDictionaryItemCommand(string Kind, string Code, DictionaryItemInput Input);

internal sealed class SaveDictionaryItemHandler(CountyIpDbContext db, IStringLocalizer<ReferenceDataText> t)
{
    public async Task<DictionaryItemView> HandleAsync(SaveDictionaryItemCommand command, CancellationToken cancellationToken)
    {
        if (!ReferenceCode.IsValid(command.Kind) || !ReferenceCode.IsValid(command.Code))
        {
            throw new BusinessRuleException("reference-code-invalid", t["Rule_CodeInvalid"]);
        }

        var input = command.Input;
        var item = await db.Set<DictionaryItem>().SingleOrDefaultAsync(d => d.Kind == command.Kind && d.Code == command.Code, cancellationToken);
        if (item is null)
        {
            item = new DictionaryItem(command.Kind, command.Code, input.NameZh, input.NameEn, input.SortOrder, input.IsActive);
            db.Add(item);
        }
        else
        {
            item.Update(input.NameZh, input.NameEn, input.SortOrder, input.IsActive);
        }

        await db.SaveChangesAsync(cancellationToken);
        return DictionaryItemView.From(item);
    }
}
