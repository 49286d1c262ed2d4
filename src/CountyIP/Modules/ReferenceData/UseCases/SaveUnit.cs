using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Creates the unit <paramref name="Code"/> or updates it when it exists.</summary>
public sealed record SaveUnitCommand(string Code, UnitInput Input);

internal sealed class SaveUnitHandler(CountyIpDbContext db, IStringLocalizer<ReferenceDataText> t)
{
    public async Task<UnitView> HandleAsync(SaveUnitCommand command, CancellationToken cancellationToken)
    {
        ReferenceRows.RequireCodes(t, command.Code);
        var input = command.Input;
        if (input.ValidFrom is not null && input.ValidTo is not null && input.ValidTo < input.ValidFrom)
        {
            throw new BusinessRuleException("unit-validity-reversed", t["Rule_ValidityReversed"]);
        }

        var parent = string.IsNullOrWhiteSpace(input.ParentCode) ? null : input.ParentCode.Trim();
        if (parent is not null && (parent == command.Code || !await db.Set<AdministrativeUnit>().AnyAsync(u => u.Code == parent, cancellationToken)))
        {
            throw new BusinessRuleException("unit-parent-unknown", t["Rule_ParentUnknown", parent]);
        }

        var unit = await ReferenceRows.CreateOrUpdateAsync<AdministrativeUnit>(
            db,
            u => u.Code == command.Code,
            () => new AdministrativeUnit(command.Code, input.NameZh, input.NameEn, input.Kind, parent, input.ValidFrom, input.ValidTo, input.SortOrder),
            u => u.Update(input.NameZh, input.NameEn, input.Kind, parent, input.ValidFrom, input.ValidTo, input.SortOrder),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return UnitView.From(unit);
    }
}
