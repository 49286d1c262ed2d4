using CountyIP.Modules.Registry.Domain;
using CountyIP.Modules.Registry.Domain.Identifiers;
using CountyIP.Platform.Data;
using CountyIP.Platform.Security;
using CountyIP.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases;

/// <summary>Field errors of a command (400 ValidationProblem on the API, messages under the fields on a page).</summary>
public sealed class RegistryValidationException(IReadOnlyDictionary<string, string[]> errors) : Exception("Invalid input.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
