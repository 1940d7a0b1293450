using CoachingDocs.Core.Generation;

namespace CoachingDocs.Core.Validation;

/// <summary>Validates learner details before anything is generated, so a bad request writes nothing.</summary>
public static class LearnerDetailsValidator
{
    public const int MaxClients = 20;

    public static IReadOnlyList<InputProblem> Validate(LearnerDetails learner)
    {
        var problems = new List<InputProblem?>
        {
            TextFieldRules.Check("name", learner.Name, required: true),
            TextFieldRules.Check("registrationNumber", learner.RegistrationNumber, required: true, maxLength: 40),
            TextFieldRules.Check("centreName", learner.CentreName, required: true),
            TextFieldRules.Check("centreNumber", learner.CentreNumber, required: true, maxLength: 40),
            TextFieldRules.Check("assessorName", learner.AssessorName, required: false),
        };
        if (learner.ClientRefs.Count > MaxClients)
            problems.Add(new InputProblem("clientRefs", $"lists {learner.ClientRefs.Count} clients; at most {MaxClients} are allowed"));
        else
        {
            problems.AddRange(learner.ClientRefs.Select((c, i) => TextFieldRules.Check($"clientRefs[{i}]", c, required: true, maxLength: 40)));
            problems.AddRange(Duplicates(learner.ClientRefs));
        }
        if (learner.PlannedSessions is < 1 or > 200)
            problems.Add(new InputProblem("plannedSessions", "must be between 1 and 200"));
        if (learner is { StartDate: { } start, EndDate: { } end } && end < start)
            problems.Add(new InputProblem("endDate", "is before startDate"));
        return problems.OfType<InputProblem>().ToList();
    }

    /// <summary>
    /// A reference given twice would make two diaries' worth of one client (and the check would count them as one
    /// individual), so each repeat is refused where it stands. "Client A", "client a" and "Client  A" are the same.
    /// </summary>
    private static IEnumerable<InputProblem> Duplicates(IReadOnlyList<string> clientRefs)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < clientRefs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(clientRefs[i])) continue;
            var key = string.Join(' ', clientRefs[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (first.TryGetValue(key, out var earlier))
                yield return new InputProblem($"clientRefs[{i}]", $"repeats clientRefs[{earlier}]; give each client once");
            else
                first[key] = i;
        }
    }
}
