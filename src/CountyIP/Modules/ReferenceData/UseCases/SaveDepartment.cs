using CountyIP.Modules.ReferenceData.Domain;
using CountyIP.Platform.Data;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.ReferenceData.UseCases;

/// <summary>Creates the department <paramref name="Code"/> or updates it when it exists.</summary>
public sealed record SaveDepartmentCommand(string Code, DepartmentInput Input);

internal sealed class SaveDepartmentHandler(CountyIpDbContext db, IStringLocalizer<ReferenceDataText> t)
{
    public async Task<DepartmentView> HandleAsync(SaveDepartmentCommand command, CancellationToken cancellationToken)
    {
        if (!ReferenceCode.IsValid(command.Code))
        {
            throw new BusinessRuleException("reference-code-invalid", t["Rule_CodeInvalid"]);
        }

        var input = command.Input;
        var department = await db.Set<Department>().SingleOrDefaultAsync(d => d.Code == command.Code, cancellationToken);
        if (department is null)
        {
            department = new Department(command.Code, input.NameZh, input.NameEn, input.IsActive, input.SortOrder);
            db.Add(department);
        }
        else
        {
            department.Update(input.NameZh, input.NameEn, input.IsActive, input.SortOrder);
        }

        await db.SaveChangesAsync(cancellationToken);
        return DepartmentView.From(department);
    }
}
