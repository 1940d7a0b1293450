using CoachingDocs.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachingDocsServices();
builder.AddAddinHosting();

var app = builder.Build();
if (app.CheckStartup() is { } exitCode) return exitCode;

app.UseCoachingDocsPipeline();
app.MapCoachingDocsEndpoints();

app.Run();
return ExitCodes.Success;
