using CoachingDocs.Api.Extensions;
using CoachingDocs.Api.Functions;
using CoachingDocs.Api.Jobs;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachingDocsServices();
builder.AddAddinHosting();
// Azure forwards only routes it has a function for; the add-in's static files are served by middleware, not an endpoint.
builder.Services.AddSingleton(new MiddlewareHttpRoute("AddinFiles", "addin/{*path}", ["GET", "HEAD"], Anonymous: true));
builder.Services.AddCohorts(builder.Configuration);

var app = builder.Build();
if (app.CheckStartup() is { } exitCode) return exitCode;

app.UseCoachingDocsPipeline();
app.MapCoachingDocsEndpoints();

if (FunctionDefinitionCommand.Requested(args, out var functionsFolder))
    return FunctionDefinitionCommand.Run(app, functionsFolder);

app.Run();
return ExitCodes.Success;
