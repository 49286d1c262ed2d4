using System.Reflection;
using CountyIP.Platform;
using CountyIP.Platform.Audit;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// Issue 10 item 3: module code takes its dependencies by constructor — no service locator (IServiceProvider) outside
/// the module front doors' registrations — and the audit trail is never an optional dependency.
/// </summary>
public sealed class ExplicitDependencyTests
{
    /// <summary>
    /// Known service-locator uses in module code. Empty since issue 10: a scope of one's own is Platform's
    /// <c>ScopedFactory&lt;T&gt;</c>, the validator <c>IInputValidator</c>; a new use fails the test.
    /// </summary>
    private static readonly string[] KnownServiceLocatorUses =
    [
    ];

    /// <summary>Optional audit trails still to be made required; empty, and a new one fails the test.</summary>
    private static readonly string[] KnownOptionalAuditTrails =
    [
    ];

    [Fact]
    public void ModuleTypes_AnyReference_NoServiceProviderOutsideFrontDoors()
    {
        var violations = ServiceLocatorUsers(typeof(PlatformSetup).Assembly.GetTypes(), "CountyIP.Modules")
            .Except(KnownServiceLocatorUses, StringComparer.Ordinal)
            .ToList();

        violations.ShouldBeEmpty($"module code must take dependencies by constructor:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void ModuleTypes_Constructors_AuditTrailNeverOptional()
    {
        var violations = OptionalAuditTrails(typeof(PlatformSetup).Assembly.GetTypes(), "CountyIP.Modules")
            .Except(KnownOptionalAuditTrails, StringComparer.Ordinal)
            .ToList();

        violations.ShouldBeEmpty($"the audit trail is a required dependency:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void Checks_KnownViolations_AreFound()
    {
        // The samples sit outside CountyIP.Modules, so the real checks above never see them.
        var types = typeof(ExplicitDependencyTests).Assembly.GetTypes();
        const string Root = "CountyIP.UnitTests.Architecture.Samples";

        ServiceLocatorUsers(types, Root).ShouldBe([typeof(Samples.Bad.UseCases.LocatingHandler).FullName!]);
        OptionalAuditTrails(types, Root).ShouldBe([typeof(Samples.Bad.UseCases.OptionalAuditHandler).FullName!]);
    }

    internal static List<string> ServiceLocatorUsers(IEnumerable<Type> types, string root) =>
        [.. Below(types, root)
            .Where(t => !t.Name.EndsWith("Module", StringComparison.Ordinal))
            .Where(t => TypeReferences.Of(t).Contains(typeof(IServiceProvider)))
            .Select(t => t.FullName ?? t.Name)
            .Order(StringComparer.Ordinal)];

    internal static List<string> OptionalAuditTrails(IEnumerable<Type> types, string root) =>
        [.. Below(types, root)
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .Any(p => p.ParameterType == typeof(IAuditTrail) && (p.HasDefaultValue || p.IsOptional)))
            .Select(t => t.FullName ?? t.Name)
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<Type> Below(IEnumerable<Type> types, string root) =>
        types.Select(TypeReferences.Outermost).Distinct()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(root + ".", StringComparison.Ordinal));
}
