using System.Globalization;
using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Import.UseCases.Parsing;
using CountyIP.Modules.Registry.Contracts;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Import.UseCases;

/// <summary>
/// One pass over a file seen from the Import side (a preview, or an apply): turns a batch of table rows into the
/// Registry's rows (cleaned values of the mapped fields; a formula refuses its row here, ADR 0014), hands them to the
/// Registry's pass (ADR 0020), and counts the outcomes, keeping the first refusals and changes for the preview.
/// </summary>
internal sealed class ImportRun : IDisposable
{
    private readonly ColumnMap map;
    private readonly IStringLocalizer<ImportText> text;
    private readonly Action<TableRow, IReadOnlyList<string>> onInvalid;
    private readonly IRecordImportPass pass;
    private readonly string[] fields;
    private readonly int[] indexes;

    public ImportRun(IRecordImport records, ImportKind kind, ColumnMap map, bool apply, DateTime utcNow, IStringLocalizer<ImportText> text, Action<TableRow, IReadOnlyList<string>> onInvalid)
    {
        this.map = map;
        this.text = text;
        this.onInvalid = onInvalid;
        fields = [.. ImportColumns.For(kind).Select(c => c.Field).Where(map.Has)];
        indexes = [.. fields.Select(f => map.IndexOf(f)!.Value)];
        pass = records.Begin(ImportKinds.ToRecord(kind), fields, apply, utcNow, ImportBatch.KeptRowErrors);
    }

    public int Total { get; private set; }

    public int New { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    public int Invalid { get; private set; }

    public ImportCounts Counts => new(Total, New, Changed, Unchanged, Invalid);

    /// <summary>The first <see cref="ImportBatch.KeptRowErrors"/> changed rows with what changes, for the preview.</summary>
    public List<RowChange> Changes { get; } = [];

    public async Task ProcessAsync(IReadOnlyList<TableRow> rows, CancellationToken ct)
    {
        var records = new List<RecordRow>(rows.Count);
        var byNumber = new Dictionary<int, TableRow>(rows.Count);
        var formulas = new Queue<(TableRow Row, List<string> Reasons)>();
        foreach (var row in rows)
        {
            if (Read(row, out var reasons) is { } record)
            {
                records.Add(record);
                byNumber[row.Number] = row;
            }
            else
            {
                formulas.Enqueue((row, reasons!));
            }
        }

        var outcomes = records.Count == 0 ? [] : await pass.ProcessAsync(records, ct);

        // Refusals are reported in the file's order, those of formulas among the Registry's.
        foreach (var outcome in outcomes)
        {
            while (formulas.Count > 0 && formulas.Peek().Row.Number < outcome.Row)
            {
                var (row, reasons) = formulas.Dequeue();
                Refuse(row, reasons);
            }

            Count(outcome, byNumber);
        }

        while (formulas.Count > 0)
        {
            var (row, reasons) = formulas.Dequeue();
            Refuse(row, reasons);
        }
    }

    private void Count(RecordOutcome outcome, Dictionary<int, TableRow> byNumber)
    {
        switch (outcome.Kind)
        {
            case RecordOutcomeKind.New:
                Total++;
                New++;
                break;
            case RecordOutcomeKind.Unchanged:
                Total++;
                Unchanged++;
                break;
            case RecordOutcomeKind.Changed:
                Total++;
                Changed++;
                if (outcome.Changes.Count > 0 && Changes.Count < ImportBatch.KeptRowErrors)
                {
                    Changes.Add(new RowChange(outcome.Row, outcome.Key!, [.. outcome.Changes.Select(c => new FieldChange(c.Label, c.Old, c.New))]));
                }

                break;
            default:
                Refuse(byNumber[outcome.Row], [.. outcome.Errors.Select(e => e.Field is null ? e.Message : $"{map.HeaderOf(e.Field)}: {e.Message}")]);
                break;
        }
    }

    private void Refuse(TableRow row, IReadOnlyList<string> reasons)
    {
        Total++;
        Invalid++;
        onInvalid(row, reasons);
    }

    /// <summary>
    /// The row's cleaned values in the pass's field order, or null with the reasons when a cell holds a formula (ADR
    /// 0014): its cached value may be stale or computed from cells that are not imported, and the user should paste
    /// the value they mean.
    /// </summary>
    private RecordRow? Read(TableRow row, out List<string>? formulas)
    {
        var values = new string?[fields.Length];
        formulas = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var cell = row[indexes[i]];
            if (cell.Formula is not null)
            {
                (formulas ??= []).Add(text["Row_Formula", CellReference(indexes[i], row.Number), map.HeaderOf(fields[i])]);
                continue;
            }

            values[i] = CellText.Clean(cell.Text);
        }

        return formulas is null ? new RecordRow(row.Number, values) : null;
    }

    private static string CellReference(int column, int rowNumber)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + rowNumber.ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => pass.Dispose();
}
