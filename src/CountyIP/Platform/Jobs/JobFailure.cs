using Microsoft.Extensions.Localization;

namespace CountyIP.Platform.Jobs;

/// <summary>
/// The failure reasons the worker itself records (an unexpected exception, a job interrupted too often, a kind no
/// handler runs). The worker has no user and so no UI language: it stores a key and its argument, and
/// <see cref="Describe"/> puts them into words in the reader's language when the job is shown. An unexpected failure
/// carries the trace id under which the exception was logged, so an administrator finds it; the exception itself stays
/// in the log (DESIGN.md: a user never sees a stack trace).
/// </summary>
internal static class JobFailure
{
    private const string Prefix = "jobs:";

    public static string Unexpected(string traceId) => $"{Prefix}{nameof(Unexpected)}:{traceId}";

    public static readonly string Interrupted = $"{Prefix}{nameof(Interrupted)}:";

    public static string NoHandler(string kind) => $"{Prefix}{nameof(NoHandler)}:{kind}";

    /// <summary>The stored reason as a reader sees it: a worker reason in words, a handler's own message unchanged.</summary>
    public static string? Describe(string? stored, IStringLocalizer<JobsText> text)
    {
        if (stored is null || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var rest = stored[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var (key, argument) = colon < 0 ? (rest, string.Empty) : (rest[..colon], rest[(colon + 1)..]);
        var described = text[$"Jobs_Failure_{key}", argument];
        return described.ResourceNotFound ? stored : described.Value;
    }
}
