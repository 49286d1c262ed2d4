using CountyIP.Modules.Registry.Contracts;

namespace CountyIP.Modules.Registry.UseCases.RecordImport;

/// <summary>Classifies (and in an apply, writes) one batch of rows of one kind.</summary>
internal interface IRecordProcessor
{
    RecordKind Kind { get; }

    Task ProcessAsync(IReadOnlyList<RecordRow> rows, RecordRun run, CancellationToken ct);
}
