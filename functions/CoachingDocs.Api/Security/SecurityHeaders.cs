namespace CoachingDocs.Api.Security;

/// <summary>
/// Headers every response carries so the service's HTML pages cannot be framed, sniffed or made to load script from
/// elsewhere: a content security policy (own origin only; the add-in's Office.js comes from Microsoft's CDN), nosniff,
/// frame-ancestors limited to Office hosts for the add-in's pane and to none elsewhere, and no referrer off-site.
/// </summary>
public static class SecurityHeaders
{
    private const string OfficeFrameAncestors = "'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft.com";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var addin = context.Request.Path.StartsWithSegments("/addin");
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = addin
                    ? $"default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://*.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self' https://*.microsoft.com https://*.office.com; frame-src 'self' {OfficeFrameAncestors}; frame-ancestors {OfficeFrameAncestors}; base-uri 'none'; form-action 'self'"
                    : "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
                if (!addin) headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }
}
