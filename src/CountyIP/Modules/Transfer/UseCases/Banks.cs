using CountyIP.Modules.ReferenceData.Contracts;

namespace CountyIP.Modules.Transfer.UseCases;

/// <summary>A bank that lends against IP (<c>GET /api/transfer/banks</c> items {code, name}).</summary>
public sealed record BankView(string Code, string Name);

/// <summary>
/// The banks the bureau works with on pledge financing (source 四(一)2 "推动专利权质押融资"): the ReferenceData code list
/// <c>bank</c>, which the bureau keeps on the code-lists page (adds, renames, retires). A pledge names an active one.
/// </summary>
internal sealed class BankDirectory(IReferenceDirectory reference)
{
    public const string ListKind = "bank";

    public async Task<IReadOnlyList<BankView>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await reference.ListDictionaryAsync(ListKind, activeOnly: true, cancellationToken))
            .OrderBy(b => b.SortOrder).Select(b => new BankView(b.Code, Platform.Localization.LocalizedName.Pick(b.NameZh, b.NameEn)))];

    /// <summary>Names of every bank, retired ones too (an old pledge still names its bank).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellationToken) =>
        (await reference.ListDictionaryAsync(ListKind, activeOnly: false, cancellationToken))
            .ToDictionary(b => b.Code, b => Platform.Localization.LocalizedName.Pick(b.NameZh, b.NameEn), StringComparer.Ordinal);
}
