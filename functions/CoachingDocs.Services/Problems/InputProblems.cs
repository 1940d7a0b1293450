using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Problems;

/// <summary>Turns <see cref="InputProblem"/>s into an RFC 7807 validation problem whose <c>errors</c> name each field.</summary>
public static class InputProblems
{
    public const string Title = "The request has problems; nothing was generated";

    public static ValidationProblem ToValidationProblem(IEnumerable<InputProblem> problems) =>
        TypedResults.ValidationProblem(ToErrors(problems), title: Title);

    public static Dictionary<string, string[]> ToErrors(IEnumerable<InputProblem> problems) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
