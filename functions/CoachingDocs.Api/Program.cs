using CoachingDocs.Api.Extensions;
using CoachingDocs.Api.Functions;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachingDocsServices();
builder.AddAddinHosting();
// Azure forwards only routes it has a function for; the add-in's static files are served by middleware, not an endpoint.
builder.Services.AddSingleton(new MiddlewareHttpRoute("AddinFiles", "addin/{*path}", ["GET", "HEAD"], Anonymous: true));
builder.Services.AddCohorts(builder.Configuration);
builder.Services.AddHostedService<CoachingDocs.Api.Hosting.IdleMemoryRelease>();
builder.Services.AddHostedService<CoachingDocs.Api.Hosting.TemporaryFileSweeper>();

var app = builder.Build();
if (app.CheckStartup() is { } exitCode) return exitCode;

app.UseSecurityHeaders();
app.UseCoachingDocsPipeline();
app.UseBoundAddressKeyCheck();
app.MapCoachingDocsEndpoints();

if (FunctionDefinitionCommand.Requested(args, out var functionsFolder))
    return FunctionDefinitionCommand.Run(app, functionsFolder);

app.Run();
return Environment.ExitCode; // set by a check that stopped the service after start-up (BoundAddressKeyCheck), else 0
