using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachingDocs.Api.Tests.Storage;

/// <summary>
/// Starts Azurite (npm, pinned in tests/azurite/package-lock.json) on 127.0.0.1 on free ports in a temporary folder for
/// the test run, and stops it afterwards. Runs `npm ci` first when tests/azurite/node_modules is missing.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Process? _process;
    private string? _workspace;

    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }

    /// <summary>Azurite's well-known development account (published in Azurite's documentation; not a secret).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>A connection string for the development account on the ports this run chose.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccountName};AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevelopmentAccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevelopmentAccountName}";

    /// <summary>A container client on Azurite through the SDK, as the service registers it.</summary>
    public Azure.Storage.Blobs.BlobContainerClient Container(string name) => new Azure.Storage.Blobs.BlobServiceClient(ConnectionString).GetBlobContainerClient(name);

    /// <summary>A queue client on Azurite with the message encoding the Functions queue trigger reads (base64).</summary>
    public Azure.Storage.Queues.QueueClient Queue(string name) =>
        new(ConnectionString, name, new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 });

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "azurite");
        var script = Path.Combine(folder, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
            await RunAsync("npm", "ci --no-audit --no-fund", folder, TimeSpan.FromMinutes(5));

        _workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
        BlobPort = FreePort();
        QueuePort = FreePort();
        var tablePort = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = _workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     script, "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(), "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(), "--location", _workspace,
                     "--skipApiVersionCheck", "--disableTelemetry", "--silent",
                 })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for Azurite");
        // If the test host ends without disposing fixtures (a timeout, Ctrl+C), do not leave Azurite running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAzurite();
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await Listening(BlobPort) && await Listening(QueuePort)))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Azurite exited at start with code {_process.ExitCode}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Azurite did not start listening within 60 s");
            await Task.Delay(200);
        }
    }

    public Task DisposeAsync()
    {
        StopAzurite();
        _process?.Dispose();
        if (_workspace is not null)
            try { Directory.Delete(_workspace, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private void StopAzurite()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or disposed.
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("could not find the repository root (CoachingDocs.slnx) above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string file, string arguments, string folder, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"could not start {file}");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} in {folder} failed ({process.ExitCode}): {await errors}");
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
