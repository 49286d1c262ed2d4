namespace CountyIP.Platform.Web;

/// <summary>
/// Web hardening headers on every response: CSP without inline script, no framing, nosniff, referrer policy,
/// and <c>Cache-Control: no-store</c> for anything served to a signed-in user (pages and API), so personal data
/// is not kept in shared caches or the browser's back-forward cache.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // style-src allows inline style attributes (Bootstrap progress bars, ECharts); scripts never run inline.
    // See docs/decisions/0003-web-hardening.md.
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/account"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
