namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// The module anatomy (docs/architecture.md, issue 10 item 2): a module folder holds at its root only its front door,
/// optional policies and options, its text resources and the allowed folders. Checked on the source tree.
/// </summary>
public sealed class ModuleAnatomyTests
{
    private static readonly string[] AllowedFolders =
        ["Domain", "UseCases", "Data", "Api", "Pages", "Contracts", "Demo", "Calculators"];

    [Fact]
    public void ModuleFolders_Root_HoldsOnlyTheAnatomy()
    {
        var modules = Path.Combine(LocalisationTests.RepositoryRoot(), "src", "CountyIP", "Modules");
        var violations = Directory.GetDirectories(modules)
            .SelectMany(folder => Violations(
                Path.GetFileName(folder),
                Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>(),
                Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>()))
            .ToList();

        violations.ShouldBeEmpty($"not allowed at a module root (anatomy):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void Violations_KnownBadModule_AreFound()
    {
        // A check that cannot fail proves nothing: feed it a module with a stray file and a stray folder.
        var violations = Violations(
            "Sample",
            ["SampleModule.cs", "SamplePolicies.cs", "SampleOptions.cs", "SampleText.cs", "SampleText.resx", "SampleText.zh-CN.resx", "Helper.cs"],
            ["Domain", "UseCases", "Reports"]);

        violations.ShouldBe(["Sample/Helper.cs", "Sample/Reports"]);
    }

    [Fact]
    public void Violations_CompleteModule_NoneFound() =>
        Violations("Sample", ["SampleModule.cs", "OtherText.cs", "OtherText.resx", "OtherText.zh-CN.resx"], AllowedFolders)
            .ShouldBeEmpty();

    /// <summary>"Module/entry" for every root file or folder the anatomy does not allow.</summary>
    internal static List<string> Violations(string module, IEnumerable<string> files, IEnumerable<string> folders)
    {
        string[] allowedFiles = [$"{module}Module.cs", $"{module}Policies.cs", $"{module}Options.cs"];
        return
        [
            .. files
                .Where(f => !allowedFiles.Contains(f, StringComparer.Ordinal) && !IsTextResource(f))
                .Select(f => $"{module}/{f}"),
            .. folders
                .Where(d => !AllowedFolders.Contains(d, StringComparer.Ordinal))
                .Select(d => $"{module}/{d}"),
        ];
    }

    private static bool IsTextResource(string file) =>
        file.EndsWith("Text.cs", StringComparison.Ordinal)
        || file.EndsWith("Text.resx", StringComparison.Ordinal)
        || file.EndsWith("Text.zh-CN.resx", StringComparison.Ordinal);
}
