using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CoachingDocs.Api.Extensions;

/// <summary>
/// Serves the Word add-in's built task pane (addin/dist) at <c>/addin/</c>, so one local service runs everything, and,
/// when configured, listens on HTTPS with the localhost certificate that <c>npx office-addin-dev-certs install</c> makes:
/// Office loads add-in pages over HTTPS only. Settings (appsettings, environment or command line):
/// <list type="bullet">
/// <item><c>Addin:DistPath</c>: the built add-in; default: the nearest <c>addin/dist</c> above the content root.</item>
/// <item><c>Addin:Https:Port</c>: when set (e.g. 7071), listen on https://localhost:PORT only, with the certificate below.</item>
/// <item><c>Addin:Https:CertificatePath</c>, <c>Addin:Https:KeyPath</c>: PEM files; default
/// <c>~/.office-addin-dev-certs/localhost.crt</c> and <c>localhost.key</c>.</item>
/// </list>
/// Registered from the builder (static files through an <see cref="IStartupFilter"/>) so Program.cs needs one line.
/// </summary>
public static class AddinHosting
{
    public const string RequestPath = "/addin";

    public static WebApplicationBuilder AddAddinHosting(this WebApplicationBuilder builder)
    {
        var distPath = builder.Configuration["Addin:DistPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : FindDist(builder.Environment.ContentRootPath) ?? FindDist(AppContext.BaseDirectory);
        builder.Services.AddSingleton<IStartupFilter>(new AddinStaticFiles(distPath));

        if (builder.Configuration["Addin:Https:Port"] is { Length: > 0 } portText)
        {
            if (!int.TryParse(portText, out var port) || port is <= 0 or > 65535)
                throw new InvalidOperationException($"Addin:Https:Port '{portText}' is not a port number.");
            var certificate = LoadCertificate(builder.Configuration);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.UseHttps(certificate)));
        }
        return builder;
    }

    private static string? FindDist(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "addin", "dist");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static X509Certificate2 LoadCertificate(IConfiguration configuration)
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".office-addin-dev-certs");
        var certPath = configuration["Addin:Https:CertificatePath"] ?? Path.Combine(folder, "localhost.crt");
        var keyPath = configuration["Addin:Https:KeyPath"] ?? Path.Combine(folder, "localhost.key");
        if (!File.Exists(certPath) || !File.Exists(keyPath))
        {
            throw new InvalidOperationException(
                $"The HTTPS certificate for the add-in was not found ({certPath}, {keyPath}). " +
                "Make it with `npx office-addin-dev-certs install` in addin/, or set Addin:Https:CertificatePath and Addin:Https:KeyPath.");
        }
        using var pem = X509Certificate2.CreateFromPemFile(certPath, keyPath);
        // Re-import so the private key is usable by SslStream on every platform (PEM keys are ephemeral on Windows).
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    private sealed class AddinStaticFiles(string? distPath) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (distPath is null)
            {
                // Say what to do instead of a bare 404, so a new user knows the add-in simply is not built yet.
                app.Map(RequestPath, missing => missing.Run(context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return context.Response.WriteAsync("The add-in is not built: run `npm ci && npm run build` in addin/.");
                }));
            }
            else
            {
                var types = new FileExtensionContentTypeProvider();
                types.Mappings[".map"] = "application/json";
                app.UseStaticFiles(new StaticFileOptions
                {
                    RequestPath = RequestPath,
                    FileProvider = new PhysicalFileProvider(distPath),
                    ContentTypeProvider = types,
                    // Word's web view caches hard; make it revalidate so a rebuilt pane shows up.
                    OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
                });
            }
            next(app);
        };
    }
}
