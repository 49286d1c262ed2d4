using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Creates the entry <paramref name="Code"/> of the list <paramref name="Kind"/> (a new kind starts a new list) or updates it.</summary>
public sealed record SaveDictionaryItemCommand(string Kind, string Code, DictionaryItemInput Input);

internal sealed class SaveDictionaryItemHandler(CountyIpDbContext db, IStringLocalizer<ReferenceDataText> t)
{
    public async Task<DictionaryItemView> HandleAsync(SaveDictionaryItemCommand command, CancellationToken cancellationToken)
    {
        ReferenceRows.RequireCodes(t, command.Kind, command.Code);
        var input = command.Input;
        var item = await ReferenceRows.CreateOrUpdateAsync<DictionaryItem>(
            db,
            d => d.Kind == command.Kind && d.Code == command.Code,
            () => new DictionaryItem(command.Kind, command.Code, input.NameZh, input.NameEn, input.SortOrder, input.IsActive),
            d => d.Update(input.NameZh, input.NameEn, input.SortOrder, input.IsActive),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DictionaryItemView.From(item);
    }
}
