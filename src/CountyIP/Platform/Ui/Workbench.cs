namespace CountyIP.Platform.Ui;

/// <summary>
/// What a module puts on the workbench (工作台, the home page): counts of work waiting for the signed-in user, each
/// opening the list behind it — cases due or overdue for a liaison's department (the plan's "督办" follow-up,
/// source 三(四)), figures and corrections awaiting approval. Register with
/// <c>services.AddScoped&lt;IWorkbenchSource, T&gt;()</c>; the home page calls a source only when the user satisfies
/// its <see cref="Policy"/>, and the source applies the user's data scope in its queries.
/// </summary>
public interface IWorkbenchSource
{
    /// <summary>The policy a user needs to see this source's items (the same one that guards the lists they open).</summary>
    string Policy { get; }

    Task<IReadOnlyList<WorkbenchItem>> GetItemsAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One tile: <paramref name="Count"/> records waiting, described by <paramref name="TextKey"/> in the
/// <paramref name="Resource"/> resx (both languages), opening <paramref name="Href"/> (a list filtered to them).
/// </summary>
public sealed record WorkbenchItem(Type Resource, string TextKey, int Count, string Href, string Icon, WorkbenchTone Tone = WorkbenchTone.Info, int Order = 0);

/// <summary>How urgent the tile looks when its count is above zero.</summary>
public enum WorkbenchTone
{
    Info,
    Warning,
    Danger,
}
