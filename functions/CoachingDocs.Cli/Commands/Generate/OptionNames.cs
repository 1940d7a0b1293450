using CoachingDocs.Core.Validation;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary>Says what was wrong in the terms of the command line: the option a user typed, not the internal field name.</summary>
public static class OptionNames
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["name"] = "--name",
        ["registrationNumber"] = "--registration-number",
        ["centreName"] = "--centre-name",
        ["centreNumber"] = "--centre-number",
        ["assessorName"] = "--assessor",
        ["clientRefs"] = "--client",
        ["plannedSessions"] = "--planned-sessions",
        ["startDate"] = "--start-date",
        ["endDate"] = "--end-date",
    };

    public static string Describe(IEnumerable<InputProblem> problems) =>
        string.Join("; ", problems.Select(p => $"{OptionFor(p.Field)} {p.Message}"));

    private static string OptionFor(string field)
    {
        if (Options.TryGetValue(field, out var option)) return option;
        // clientRefs[2] -> "--client (3rd)" so the user can find the value they typed.
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0 && Options.TryGetValue(field[..bracket], out var listOption) && int.TryParse(field[(bracket + 1)..^1], out var index))
            return $"{listOption} (number {index + 1})";
        return field;
    }
}
