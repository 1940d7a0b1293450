using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary>
/// The learner's details, from options or from a JSON file (<c>--learner</c>, the same fields as the Api's request body);
/// an option given on the command line wins over the file.
/// </summary>
public sealed class LearnerOptions
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public Option<string> LearnerFile { get; } = new("--learner")
    {
        Description = "JSON file with the learner's details: {\"name\", \"registrationNumber\", \"centreName\", \"centreNumber\", " +
            "\"assessorName\", \"clientRefs\": [...], \"plannedSessions\", \"startDate\", \"endDate\"}.",
        HelpName = "FILE",
    };

    public Option<string> Name { get; } = new("--name") { Description = "Learner's full name, as it should appear on the documents." };
    public Option<string> RegistrationNumber { get; } = new("--registration-number") { Description = "Learner's ILM registration number." };
    public Option<string> CentreName { get; } = new("--centre-name") { Description = "Name of the ILM centre." };
    public Option<string> CentreNumber { get; } = new("--centre-number") { Description = "ILM centre number." };
    public Option<string> Assessor { get; } = new("--assessor") { Description = "Assessor's name (optional)." };

    public Option<string[]> Clients { get; } = new("--client")
    {
        Description = "A coaching client's reference (not their name), e.g. \"Client A\". Repeat for each client.",
        HelpName = "REF",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int?> PlannedSessions { get; } = new("--planned-sessions") { Description = "How many session records the diary gets (1-200).", HelpName = "N" };
    public Option<string> StartDate { get; } = new("--start-date") { Description = "Start date, yyyy-MM-dd.", HelpName = "DATE" };
    public Option<string> EndDate { get; } = new("--end-date") { Description = "End date, yyyy-MM-dd.", HelpName = "DATE" };

    public IEnumerable<Option> All => [LearnerFile, Name, RegistrationNumber, CentreName, CentreNumber, Assessor, Clients, PlannedSessions, StartDate, EndDate];

    /// <summary>The learner's details; throws <see cref="CommandFailure"/> for an unreadable file or date.</summary>
    public LearnerDetails Read(ParseResult parse, CliEnvironment environment)
    {
        var learner = parse.GetValue(LearnerFile) is { Length: > 0 } file ? ReadFile(Path.GetFullPath(file, environment.CurrentDirectory)) : new LearnerDetails();
        var clients = parse.GetValue(Clients);
        return learner with
        {
            Name = parse.GetValue(Name) ?? learner.Name,
            RegistrationNumber = parse.GetValue(RegistrationNumber) ?? learner.RegistrationNumber,
            CentreName = parse.GetValue(CentreName) ?? learner.CentreName,
            CentreNumber = parse.GetValue(CentreNumber) ?? learner.CentreNumber,
            AssessorName = parse.GetValue(Assessor) ?? learner.AssessorName,
            ClientRefs = clients is { Length: > 0 } ? clients : learner.ClientRefs,
            PlannedSessions = parse.GetValue(PlannedSessions) ?? learner.PlannedSessions,
            StartDate = Date(parse.GetValue(StartDate), StartDate.Name) ?? learner.StartDate,
            EndDate = Date(parse.GetValue(EndDate), EndDate.Name) ?? learner.EndDate,
        };
    }

    private static LearnerDetails ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<LearnerDetails>(stream, FileJson)
                ?? throw new CommandFailure(ExitCodes.InvalidInput, $"{Path.GetFileName(path)}: must hold a JSON object of the learner's details");
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? $"line {ex.LineNumber + 1}" : $"\"{ex.Path.TrimStart('$', '.')}\"";
            var what = ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "is not a field of a learner file (check the spelling)"
                : ex.Path is null or "$" ? "is not valid JSON" : "has a value of the wrong type or format";
            throw new CommandFailure(ExitCodes.InvalidInput, $"{Path.GetFileName(path)}: {where} {what}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailure(ExitCodes.InvalidInput, $"the learner file could not be read: {ex.Message}");
        }
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CommandFailure(ExitCodes.InvalidInput, $"{option} must be a date written yyyy-MM-dd, for example 2025-09-01");
}
