using CoachingDocs.Api.Extensions;
using CoachingDocs.Api.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachingDocsServices();
builder.AddAddinHosting();
builder.Services.AddHostedService<CoachingDocs.Api.Hosting.IdleMemoryRelease>();
builder.Services.AddHostedService<CoachingDocs.Api.Hosting.TemporaryFileSweeper>();

var app = builder.Build();
if (app.CheckStartup() is { } exitCode) return exitCode;

app.UseSecurityHeaders();
app.UseCoachingDocsPipeline();
app.UseBoundAddressKeyCheck();
app.MapCoachingDocsEndpoints();

app.Run();
return Environment.ExitCode; // set by a check that stopped the service after start-up (BoundAddressKeyCheck), else 0
