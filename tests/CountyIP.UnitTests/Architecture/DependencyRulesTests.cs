using CountyIP.Platform;
using CountyIP.Platform.Data;
using CountyIP.Platform.Modules;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// DESIGN.md rules 1 and 2: the platform knows no module; a module uses another only through its Contracts;
/// Domain code is pure (no EF Core, no ASP.NET Core). Checked over signatures and method bodies (IL).
/// </summary>
public sealed class DependencyRulesTests
{
    private const string PlatformNamespace = "CountyIP.Platform";
    private const string ModulesNamespace = "CountyIP.Modules";

    private static readonly Type[] AppTypes = typeof(PlatformSetup).Assembly.GetTypes();

    [Fact]
    public void PlatformTypes_AnyReference_NeverAModuleType()
    {
        var violations = Violations(
            from type in AppTypes
            where Area(type) is { } area && area.StartsWith(PlatformNamespace, StringComparison.Ordinal)
            select type,
            (_, used) => InNamespace(used, ModulesNamespace));

        violations.ShouldBeEmpty(Describe("Platform must not reference modules", violations));
    }

    [Fact]
    public void ModuleTypes_ReferenceToAnotherModule_OnlyThroughContracts()
    {
        var violations = Violations(
            from type in AppTypes
            where ModuleOf(type) is not null
            select type,
            (type, used) => ModuleOf(used) is { } usedModule
                && usedModule != ModuleOf(type)
                && !InNamespace(used, $"{ModulesNamespace}.{usedModule}.Contracts"));

        violations.ShouldBeEmpty(Describe("a module may use another module only through its Contracts", violations));
    }

    [Fact]
    public void DomainTypes_AnyReference_NoEntityFrameworkOrAspNetCore()
    {
        var violations = Violations(
            from type in AppTypes
            where Area(type) is { } area && area.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal)
                && area.Split('.').Contains("Domain", StringComparer.Ordinal)
            select type,
            (_, used) => InNamespace(used, "Microsoft.EntityFrameworkCore") || InNamespace(used, "Microsoft.AspNetCore"));

        violations.ShouldBeEmpty(Describe("Domain must not use EF Core or ASP.NET Core", violations));
    }

    [Fact]
    public void ReferencedTypes_TypeUsedOnlyInsideAMethodBody_IsFound()
    {
        // InitializeDatabaseAsync resolves DatabaseInitializer with GetRequiredService<T>() inside an async body:
        // the scanner must see generic method arguments and compiler-generated state machines.
        var used = AppTypes
            .Where(t => TypeReferences.Outermost(t) == typeof(PlatformSetup))
            .SelectMany(TypeReferences.Of)
            .ToHashSet();

        used.ShouldContain(typeof(DatabaseInitializer));
        used.ShouldContain(typeof(IModule));
    }

    private static string? Area(Type type) => TypeReferences.Outermost(type).Namespace;

    private static bool InNamespace(Type type, string prefix) =>
        TypeReferences.Outermost(type).Namespace is { } ns && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>"Registry" for CountyIP.Modules.Registry.Domain.X, null outside the modules.</summary>
    private static string? ModuleOf(Type type) =>
        Area(type) is { } ns && ns.StartsWith(ModulesNamespace + ".", StringComparison.Ordinal)
            ? ns[(ModulesNamespace.Length + 1)..].Split('.')[0]
            : null;

    private static List<string> Violations(IEnumerable<Type> types, Func<Type, Type, bool> forbidden) =>
        [.. types
            .SelectMany(type => TypeReferences.Of(type).Where(used => forbidden(type, used)).Select(used => $"{Name(type)} → {Name(used)}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static string Name(Type type) => TypeReferences.Outermost(type).FullName ?? type.Name;

    private static string Describe(string rule, List<string> violations) =>
        $"{rule} (DESIGN.md rules 1–2):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}";
}
