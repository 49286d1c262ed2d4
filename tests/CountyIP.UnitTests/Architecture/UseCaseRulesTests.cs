using System.Reflection;
using System.Runtime.CompilerServices;
using CountyIP.Platform;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// docs/architecture.md rules 4 and 6 (issue 10 item 2), read from the compiled module code:
/// rule 4 — one use case = one handler = one <c>SaveChangesAsync</c> (one transaction with its audit records);
/// rule 6 — <c>internal sealed</c> by default, command/query/request types public (built-in validation and the API's
/// validation filter see only public types; ADR 0018).
/// </summary>
public sealed class UseCaseRulesTests
{
    private static readonly Type[] ModuleTypes = [.. typeof(PlatformSetup).Assembly.GetTypes().Where(t => InNamespace(t, "CountyIP.Modules"))];

    private static readonly Type[] SampleTypes =
        [.. typeof(UseCaseRulesTests).Assembly.GetTypes().Where(t => InNamespace(t, "CountyIP.UnitTests.Architecture.Samples"))];

    /// <summary>
    /// Handlers that still save twice; the list may only shrink. Both commit the import batch's status before they queue
    /// its job, then save the job id alone, so that a fast job's result is not overwritten by the handler's later save
    /// (see the handlers' comments). Queuing the job in the same transaction as the status would remove the second save.
    /// </summary>
    private static readonly string[] KnownMultipleSaves =
    [
        "CountyIP.Modules.Import.UseCases.ConfirmImportHandler",
        "CountyIP.Modules.Import.UseCases.StartImportHandler",
    ];

    [Fact]
    public void Handlers_SaveChanges_AtMostOnce()
    {
        var violations = HandlersSavingMoreThanOnce(ModuleTypes).Except(KnownMultipleSaves, StringComparer.Ordinal).ToList();

        violations.ShouldBeEmpty($"a handler saves once: one use case, one transaction (rule 4):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void HandlersSavingMoreThanOnce_KnownViolation_IsFound() =>
        HandlersSavingMoreThanOnce(SampleTypes).ShouldBe([typeof(Samples.Bad.UseCases.TwiceSavingHandler).FullName!]);

    [Fact]
    public void ModuleTypes_Visibility_InternalSealedByDefaultAndCommandsPublic()
    {
        var violations = VisibilityViolations(ModuleTypes);

        violations.ShouldBeEmpty($"internal sealed by default, commands public (rule 6):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void VisibilityViolations_KnownViolations_AreFound() =>
        VisibilityViolations(SampleTypes).ShouldBe(
        [
            $"{typeof(Samples.Bad.UseCases.HiddenCommand).FullName}: a command/query/request type must be public",
            $"{typeof(Samples.Bad.UseCases.OpenHandler).FullName}: a class that is not public must be sealed (or abstract/static)",
            $"{typeof(Samples.Bad.UseCases.PublicHandler).FullName}: a handler is internal",
        ]);

    /// <summary>Handlers (<c>*Handler</c>) whose bodies call <c>SaveChanges</c>/<c>SaveChangesAsync</c> more than once.</summary>
    internal static List<string> HandlersSavingMoreThanOnce(IEnumerable<Type> types) =>
        [.. types
            .Where(t => t.DeclaringType is null && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Where(t => TypeReferences.CallsOf(t).Count(IsSave) > 1)
            .Select(t => t.FullName ?? t.Name)
            .Order(StringComparer.Ordinal)];

    internal static List<string> VisibilityViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(t => t.DeclaringType is null && !IsGenerated(t)))
        {
            var name = type.FullName ?? type.Name;
            var isUseCaseInput = InSegment(type, "UseCases")
                && (type.Name.EndsWith("Command", StringComparison.Ordinal) || type.Name.EndsWith("Query", StringComparison.Ordinal)
                    || type.Name.EndsWith("Request", StringComparison.Ordinal));
            if (isUseCaseInput && !type.IsPublic)
            {
                violations.Add($"{name}: a command/query/request type must be public");
            }

            if (type.IsClass && !type.IsPublic && !type.IsSealed && !type.IsAbstract)
            {
                violations.Add($"{name}: a class that is not public must be sealed (or abstract/static)");
            }

            if (type.Name.EndsWith("Handler", StringComparison.Ordinal) && type.IsPublic)
            {
                violations.Add($"{name}: a handler is internal");
            }
        }

        return [.. violations.Order(StringComparer.Ordinal)];
    }

    private static bool IsSave(MethodBase method) =>
        method.Name is nameof(DbContext.SaveChanges) or nameof(DbContext.SaveChangesAsync)
        && method.DeclaringType is { } declaring && typeof(DbContext).IsAssignableFrom(declaring);

    private static bool InNamespace(Type type, string root) =>
        type.Namespace is { } ns && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    private static bool InSegment(Type type, string segment) => type.Namespace?.Split('.').Contains(segment) == true;

    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.Name.Contains('<', StringComparison.Ordinal);
}
