using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoachingDocs.Api.Security;

/// <summary>
/// The "key required beyond loopback" rule once read only the <c>urls</c> setting, so an endpoint configured through
/// <c>Kestrel__Endpoints__Http__Url=http://0.0.0.0:PORT</c> started without a key and answered. This check runs when the
/// server has started, on the addresses it really bound (<see cref="IServerAddressesFeature"/>): beyond loopback with no
/// key configured, every protected request is refused (no key can match) and the service stops with exit code 4 (BadConfiguration).
/// </summary>
public static class BoundAddressKeyCheck
{
    public static WebApplication UseBoundAddressKeyCheck(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var policy = app.Services.GetRequiredService<ApiKeyPolicy>();
            policy.ApplyBoundAddresses(bound);
            if (policy.ConfigurationProblem is { } problem && bound.Count > 0)
            {
                Console.Error.WriteLine(problem);
                Environment.ExitCode = Extensions.ExitCodes.BadConfiguration;
                app.Lifetime.StopApplication();
            }
        });
        return app;
    }
}
