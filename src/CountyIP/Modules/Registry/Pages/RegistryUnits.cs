using CountyIP.Modules.ReferenceData.Contracts;
using CountyIP.Platform.Modules;

namespace CountyIP.Modules.Registry.Pages;

/// <summary>
/// The district's units (towns, sub-districts, zones) for one request, so pages show 仓前街道 rather than 350104001 and
/// offer a choice instead of a code to type. Loaded once: the shared task also serves components that start together.
/// It reads through a scope of its own: the components render while the page's own query may still be running on the
/// request's DbContext, which allows one operation at a time (on PostgreSQL the two really overlap).
/// </summary>
internal sealed class RegistryUnits(ScopedFactory<IReferenceDirectory> directories)
{
    private Task<IReadOnlyList<UnitInfo>>? units;

    public Task<IReadOnlyList<UnitInfo>> AllAsync() => units ??= LoadAsync();

    private async Task<IReadOnlyList<UnitInfo>> LoadAsync()
    {
        await using var directory = directories.Create();
        return await directory.Value.ListUnitsAsync(null, CancellationToken.None);
    }

    /// <summary>The unit's name in the UI language, or the code itself when it is not (or no longer) a known unit.</summary>
    public static string Name(IReadOnlyList<UnitInfo> all, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return string.Empty;
        }

        var unit = all.FirstOrDefault(u => u.Code == code);
        return unit is null ? code : Local(unit);
    }

    public static string Local(UnitInfo unit) =>
        unit.Name;
}
