using System.Globalization;
using System.Text.Json;
using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Import.UseCases.Parsing;
using CountyIP.Modules.Registry.Contracts;
using CountyIP.Platform.Files;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace CountyIP.Modules.Import.UseCases;

/// <summary>What one pass over a file found.</summary>
internal sealed record ImportPassResult(ImportCounts Counts, IReadOnlyList<string> UnknownColumns, IReadOnlyList<RowError> KeptErrors, string? InvalidRowsFileKey)
{
    /// <summary>In a preview, the first changed rows and what changes in each.</summary>
    public IReadOnlyList<RowChange> KeptChanges { get; init; } = [];
}

/// <summary>
/// One pass over an uploaded file, shared by the preview and the apply (and the benchmark): stream the rows in batches
/// of <see cref="BatchSize"/>, let the Registry classify (and in an apply, write) each batch through <see cref="IRecordImport"/> (ADR 0020), report progress.
/// Nothing of the file is held beyond one batch; invalid rows go to a temporary file and, in a preview, into a workbook.
/// </summary>
internal sealed class ImportPipeline(
    IRecordImport records,
    IFileStore files,
    IStringLocalizer<ImportText> text)
{
    public const int BatchSize = 1000;

    public async Task<ImportPassResult> RunAsync(
        ImportKind kind,
        string fileName,
        Stream content,
        bool apply,
        DateTime utcNow,
        Func<double, Task> progress,
        CancellationToken ct)
    {
        using var reader = ImportFiles.Open(fileName, content);
        if (reader.Headers.Count == 0)
        {
            throw new ImportFileException(ImportFileErrors.NoRows);
        }

        var map = ImportColumns.Map(kind, reader.Headers);
        if (map.Missing.Count > 0)
        {
            throw new ImportFileException(ImportFileErrors.MissingColumns, string.Join("、", map.Missing.Select(c => c.Headers[0])));
        }

        var kept = new List<RowError>();
        List<RowChange> changes = [];
        var invalidPath = apply ? null : Path.GetTempFileName();
        try
        {
            ImportCounts counts;
            var invalid = invalidPath is null ? null : new StreamWriter(invalidPath);
            await using (invalid)
            {
                using var run = new ImportRun(records, kind, map, apply, utcNow, text, (row, reasons) =>
                {
                    if (kept.Count < ImportBatch.KeptRowErrors)
                    {
                        kept.Add(new RowError(row.Number, reasons));
                    }

                    invalid?.WriteLine(JsonSerializer.Serialize(new InvalidLine(row.Number, string.Join("；", reasons), [.. row.Cells.Select(c => c.Formula ?? c.Text)])));
                });

                var rows = new List<TableRow>(BatchSize);
                while (reader.Next() is { } row)
                {
                    rows.Add(row);
                    if (rows.Count == BatchSize)
                    {
                        await run.ProcessAsync(rows, ct);
                        rows.Clear();
                        await progress(reader.Progress);
                    }
                }

                if (rows.Count > 0)
                {
                    await run.ProcessAsync(rows, ct);
                }

                counts = run.Counts;
                changes = run.Changes;
            }

            if (counts.Total == 0)
            {
                throw new ImportFileException(ImportFileErrors.NoRows);
            }

            var fileKey = invalidPath is not null && counts.Invalid > 0 ? await WriteInvalidRowsAsync(invalidPath, reader.Headers, ct) : null;
            return new ImportPassResult(counts, map.Unknown, kept, fileKey) { KeptChanges = changes };
        }
        finally
        {
            if (invalidPath is not null)
            {
                File.Delete(invalidPath);
            }
        }
    }

    /// <summary>The invalid rows as .xlsx: row number, reasons, then the row's own cells under the file's headers.</summary>
    private async Task<string> WriteInvalidRowsAsync(string linesPath, IReadOnlyList<string?> headers, CancellationToken ct)
    {
        var rowColumn = text["InvalidRows_Row"].Value;
        var reasonColumn = text["InvalidRows_Reasons"].Value;
        var names = headers.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"#{i + 1}" : h!).ToList();
        var unique = new List<string>(names.Count);
        foreach (var name in names)
        {
            var candidate = name;
            for (var n = 2; unique.Contains(candidate) || candidate == rowColumn || candidate == reasonColumn; n++)
            {
                candidate = $"{name} ({n})";
            }

            unique.Add(candidate);
        }

        IEnumerable<IDictionary<string, object?>> Rows()
        {
            foreach (var line in File.ReadLines(linesPath))
            {
                var item = JsonSerializer.Deserialize<InvalidLine>(line)!;
                var row = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [rowColumn] = item.Row,
                    [reasonColumn] = item.Reasons,
                };
                for (var i = 0; i < unique.Count; i++)
                {
                    row[unique[i]] = i < item.Cells.Count ? item.Cells[i] : null;
                }

                yield return row;
            }
        }

        var (key, stream) = files.Create("imports");
        await using (stream)
        {
            await stream.SaveAsAsync(Rows(), cancellationToken: ct);
        }

        return key;
    }

    public static string Describe(ImportFileException error, IStringLocalizer<ImportText> text) =>
        text["File_" + error.Code, [.. error.Arguments]];

    private sealed record InvalidLine(int Row, string Reasons, IReadOnlyList<string?> Cells);

    public static CultureInfo CultureOf(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("zh-CN");
        }
    }
}
