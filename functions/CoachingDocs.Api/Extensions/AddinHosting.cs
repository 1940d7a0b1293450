using System.Security.Cryptography.X509Certificates;

namespace CoachingDocs.Api.Extensions;

/// <summary>
/// When configured, listens on HTTPS with the localhost certificate that <c>npx office-addin-dev-certs install</c> makes:
/// Office loads add-in pages over HTTPS only (the pane itself is served by <see cref="Apis.AddinFilesApi"/>). Settings
/// (appsettings, environment or command line):
/// <list type="bullet">
/// <item><c>Addin:DistPath</c>: the built add-in; default: the nearest <c>addin/dist</c> above the content root (<see cref="Hosting.WebFolders"/>).</item>
/// <item><c>Addin:Https:Port</c>: when set (e.g. 7071), listen on https://localhost:PORT only, with the certificate below.</item>
/// <item><c>Addin:Https:CertificatePath</c>, <c>Addin:Https:KeyPath</c>: PEM files; default
/// <c>~/.office-addin-dev-certs/localhost.crt</c> and <c>localhost.key</c>.</item>
/// </list>
/// </summary>
public static class AddinHosting
{
    public const string RequestPath = Apis.AddinFilesApi.RequestPath;

    public static WebApplicationBuilder AddAddinHosting(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["Addin:Https:Port"] is { Length: > 0 } portText)
        {
            if (!int.TryParse(portText, out var port) || port is <= 0 or > 65535)
                throw new InvalidOperationException($"Addin:Https:Port '{portText}' is not a port number.");
            var certificate = LoadCertificate(builder.Configuration);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.UseHttps(certificate)));
        }
        return builder;
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
}
