using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Creates the department <paramref name="Code"/> or updates it when it exists.</summary>
public sealed record SaveDepartmentCommand(string Code, DepartmentInput Input);

internal sealed class SaveDepartmentHandler(CountyIpDbContext db, IStringLocalizer<ReferenceDataText> t)
{
    public async Task<DepartmentView> HandleAsync(SaveDepartmentCommand command, CancellationToken cancellationToken)
    {
        ReferenceRows.RequireCodes(t, command.Code);
        var input = command.Input;
        var department = await ReferenceRows.CreateOrUpdateAsync<Department>(
            db,
            d => d.Code == command.Code,
            () => new Department(command.Code, input.NameZh, input.NameEn, input.SortOrder, input.IsActive),
            d => d.Update(input.NameZh, input.NameEn, input.SortOrder, input.IsActive),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DepartmentView.From(department);
    }
}
