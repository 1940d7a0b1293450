using CoachingDocs.Api.Extensions;
using CoachingDocs.Api.Functions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachingDocsServices();

var app = builder.Build();
if (app.CheckStartup() is { } exitCode) return exitCode;

app.UseCoachingDocsPipeline();
app.MapCoachingDocsEndpoints();

if (FunctionDefinitionCommand.Requested(args, out var functionsFolder))
    return FunctionDefinitionCommand.Run(app, functionsFolder);

app.Run();
return ExitCodes.Success;
