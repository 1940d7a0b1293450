namespace CoachingDocs.Api.Functions;

/// <summary>
/// <c>CoachingDocs.Api --write-function-definitions FOLDER</c>: builds the app as it would run, writes the function
/// definitions for its route table into FOLDER and exits without listening (used by scripts/publish-functions.sh).
/// </summary>
public static class FunctionDefinitionCommand
{
    public const string Switch = "--write-function-definitions";

    public static bool Requested(string[] args, out string folder)
    {
        var at = Array.IndexOf(args, Switch);
        folder = at >= 0 && at + 1 < args.Length ? args[at + 1] : "";
        return at >= 0;
    }

    public static int Run(WebApplication app, string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            Console.Error.WriteLine($"{Switch} needs the function app folder to write into.");
            return Extensions.ExitCodes.CouldNotWriteFunctions;
        }
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints);
        var definitions = FunctionDefinitionBuilder.FromEndpoints(endpoints, app.Services.GetServices<MiddlewareHttpRoute>());
        try
        {
            FunctionDefinitionWriter.Write(definitions, folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not write the function definitions to {folder}: {ex.Message}");
            return Extensions.ExitCodes.CouldNotWriteFunctions;
        }
        Console.WriteLine($"Wrote {definitions.Count} function definitions to {Path.GetFullPath(folder)}.");
        return Extensions.ExitCodes.Success;
    }
}
