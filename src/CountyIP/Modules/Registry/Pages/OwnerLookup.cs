using CountyIP.Modules.Registry.UseCases;
using Microsoft.Extensions.Localization;
using CountyIP.Platform.Web.Validation;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>Forms name an owner enterprise by its credit code; the handlers take its id.</summary>
internal static class OwnerLookup
{
    /// <summary>The enterprise id for <paramref name="creditCode"/> (null when blank); throws field errors on
    /// <paramref name="field"/> when the code is invalid or names no registered enterprise.</summary>
    public static async Task<Guid?> ResolveAsync(GetEnterpriseHandler get, IStringLocalizer<RegistryText> text, string field, string? creditCode)
    {
        if (string.IsNullOrWhiteSpace(creditCode))
        {
            return null;
        }

        try
        {
            return (await get.HandleAsync(new GetEnterpriseQuery(CreditCode: creditCode), CancellationToken.None))?.Id
                ?? throw InputValidationException.For(field, text["Error_UnknownEnterprise"]);
        }
        catch (InputValidationException ex) when (!ex.Errors.ContainsKey(field))
        {
            throw new InputValidationException(new Dictionary<string, string[]> { [field] = [.. ex.Errors.Values.SelectMany(v => v)] });
        }
    }

    public static async Task<string?> CreditCodeAsync(GetEnterpriseHandler get, Guid? enterpriseId) =>
        enterpriseId is { } id ? (await get.HandleAsync(new GetEnterpriseQuery(id), CancellationToken.None))?.CreditCode : null;
}
