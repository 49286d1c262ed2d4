using System.Xml.Linq;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// DESIGN.md "Text": every visible string exists in English and 中文. Each <c>X.resx</c> has an <c>X.zh-CN.resx</c>
/// twin with the same keys, and no value is empty (tools/resx.py keeps the pair in step).
/// </summary>
public sealed class LocalisationTests
{
    private const string ChineseSuffix = ".zh-CN.resx";

    private static readonly string SourceRoot = Path.Combine(RepositoryRoot(), "src");

    private static readonly string[] ResxFiles = [.. Directory
        .EnumerateFiles(SourceRoot, "*.resx", SearchOption.AllDirectories)
        .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void ResourceFiles_InSourceTree_AreFound()
    {
        ResxFiles.ShouldContain(f => f.EndsWith(Path.Combine("Localization", "SharedResource.resx"), StringComparison.Ordinal));
    }

    [Fact]
    public void EnglishResx_Always_HasChineseTwinWithSameKeys()
    {
        var problems = new List<string>();
        foreach (var english in ResxFiles.Where(f => !f.EndsWith(ChineseSuffix, StringComparison.Ordinal)))
        {
            var chinese = english[..^".resx".Length] + ChineseSuffix;
            if (!File.Exists(chinese))
            {
                problems.Add($"{Relative(english)}: no {Path.GetFileName(chinese)}");
                continue;
            }

            var englishKeys = Entries(english).Keys.ToHashSet(StringComparer.Ordinal);
            var chineseKeys = Entries(chinese).Keys.ToHashSet(StringComparer.Ordinal);
            problems.AddRange(englishKeys.Except(chineseKeys).Order(StringComparer.Ordinal).Select(k => $"{Relative(chinese)}: missing {k}"));
            problems.AddRange(chineseKeys.Except(englishKeys).Order(StringComparer.Ordinal).Select(k => $"{Relative(english)}: missing {k}"));
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ChineseResx_Always_HasEnglishTwin()
    {
        var orphans = ResxFiles
            .Where(f => f.EndsWith(ChineseSuffix, StringComparison.Ordinal))
            .Where(f => !File.Exists(f[..^ChineseSuffix.Length] + ".resx"))
            .Select(Relative)
            .ToList();

        orphans.ShouldBeEmpty(string.Join(Environment.NewLine, orphans));
    }

    [Fact]
    public void ResxValues_Always_AreNotEmpty()
    {
        var empty = ResxFiles
            .SelectMany(f => Entries(f).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{Relative(f)}: {e.Key}"))
            .ToList();

        empty.ShouldBeEmpty(string.Join(Environment.NewLine, empty));
    }

    private static Dictionary<string, string> Entries(string file)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(file).Root!.Elements("data").Where(d => d.Attribute("type") is null && d.Attribute("mimetype") is null))
        {
            var key = data.Attribute("name")!.Value;
            entries.TryAdd(key, data.Element("value")?.Value ?? string.Empty).ShouldBeTrue($"{Relative(file)}: duplicate key {key}");
        }

        return entries;
    }

    private static string Relative(string path) => Path.GetRelativePath(SourceRoot, path);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CountyIP.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"CountyIP.slnx not found above {AppContext.BaseDirectory}");
    }
}
