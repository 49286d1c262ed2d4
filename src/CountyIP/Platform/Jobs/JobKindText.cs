using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Jobs;

internal static class JobKindText
{
    /// <summary>The localised display name of a job kind, from the module that handles it; the kind itself otherwise.</summary>
    public static string For(string kind, IEnumerable<IJobHandler> handlers, IStringLocalizerFactory localizers) =>
        handlers.FirstOrDefault(h => h.Kind == kind) is { } handler
            ? localizers.Create(handler.DisplayName.Resource)[handler.DisplayName.Key]
            : kind;
}
