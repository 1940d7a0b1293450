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
            problems.AddRange(learner.ClientRefs.Select((c, i) => TextFieldRules.Check($"clientRefs[{i}]", c, required: true, maxLength: 40)));
        if (learner.PlannedSessions is < 1 or > 200)
            problems.Add(new InputProblem("plannedSessions", "must be between 1 and 200"));
        if (learner is { StartDate: { } start, EndDate: { } end } && end < start)
            problems.Add(new InputProblem("endDate", "is before startDate"));
        return problems.OfType<InputProblem>().ToList();
    }
}
