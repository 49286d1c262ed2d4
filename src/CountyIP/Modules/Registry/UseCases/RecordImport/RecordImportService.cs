using CountyIP.Modules.Registry.Contracts;
using CountyIP.Modules.Registry.Data;
using CountyIP.Platform.Data;
using Microsoft.Extensions.Localization;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>The Registry's <see cref="IRecordImport"/>: a pass runs the kind's processor on each batch.</summary>
internal sealed class RecordImportService(
    CountyIpDbContext db, EntityBulkWriterFactory writers, IEnumerable<IRecordProcessor> processors, WatchRuleRunner watchRules, IStringLocalizer<RegistryText> text) : IRecordImport
{
    public IReadOnlyList<RecordKind> Kinds { get; } = [.. processors.Select(p => p.Kind).Distinct().Order()];

    public IRecordImportPass Begin(RecordKind kind, IReadOnlyList<string> fields, bool apply, DateTime utcNow, int describeChanges) =>
        new Pass(processors.Single(p => p.Kind == kind), new RecordRun(db, writers, fields, apply, utcNow, describeChanges, text));

    public Task<int> AppliedAsync(RecordKind kind, DateTime utcNow, CancellationToken cancellationToken) =>
        kind == RecordKind.Patents ? watchRules.RunAsync(utcNow, cancellationToken) : Task.FromResult(0);

    private sealed class Pass(IRecordProcessor processor, RecordRun run) : IRecordImportPass
    {
        public async Task<IReadOnlyList<RecordOutcome>> ProcessAsync(IReadOnlyList<RecordRow> rows, CancellationToken cancellationToken)
        {
            run.Outcomes.Clear();
            await processor.ProcessAsync(rows, run, cancellationToken);
            return [.. run.Outcomes];
        }

        public void Dispose() => run.Dispose();
    }
}
