namespace CountyIP.Platform.Security;

/// <summary>Where to go after sign-in: the pending step first, else a local return URL, else home (no open redirects).</summary>
internal static class LocalReturnUrl
{
    public static string Of(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            ? returnUrl
            : "/";

    public static string After(SignedIn signedIn, string? returnUrl) => signedIn.Pending switch
    {
        CountyIpPrincipal.ChangePassword => PendingStepMiddleware.ChangePasswordPath,
        CountyIpPrincipal.EnrolTwoFactor => PendingStepMiddleware.TwoFactorPath,
        _ => Of(returnUrl),
    };
}
