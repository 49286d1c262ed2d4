using CountyIP.Modules.Import.Domain;
using CountyIP.Modules.Registry.Contracts;

namespace CountyIP.Modules.Import.UseCases;

/// <summary>The batch's kind ↔ the Registry's record kind (ADR 0020): the batch stores its own, the contract has its own.</summary>
internal static class ImportKinds
{
    public static RecordKind ToRecord(ImportKind kind) => kind switch
    {
        ImportKind.Patents => RecordKind.Patents,
        ImportKind.Trademarks => RecordKind.Trademarks,
        ImportKind.Copyrights => RecordKind.Copyrights,
        ImportKind.Enterprises => RecordKind.Enterprises,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kinds the Registry imports, as batch kinds.</summary>
    public static IReadOnlyList<ImportKind> Supported(IRecordImport records) =>
        [.. Enum.GetValues<ImportKind>().Where(k => records.Kinds.Contains(ToRecord(k))).Order()];
}
