using CoachingDocs.Api.Problems;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// The steps every generation endpoint takes, in order: read the JSON body, check it in full against the catalogue and
/// the learner rules, and only then generate (into memory). A refusal at any step answers a problem and makes nothing.
/// </summary>
public static class GenerationRequest
{
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync<TBody>(
        HttpRequest request,
        Func<TBody, IReadOnlyList<InputProblem>> check,
        Func<TBody, Stream, GeneratedFile> generate,
        CancellationToken cancellationToken) where TBody : LearnerRequestBody
    {
        var read = await JsonBodyReader.ReadAsync<TBody>(request, cancellationToken);
        if (read.Invalid is { } invalid) return invalid;
        if (read.Refused is { } refused) return refused;

        // Values that could not be read at all, then the rules for the rest: a field already named as unreadable is not
        // also called missing.
        var unreadable = read.Problems.Select(p => RootField(p.Field)).ToHashSet(StringComparer.Ordinal);
        var problems = read.Problems.Concat(check(read.Body!).Where(p => !unreadable.Contains(RootField(p.Field)))).ToList();
        if (problems.Count > 0) return InputProblems.ToValidationProblem(problems);

        return GeneratedFileResult.Make(output => generate(read.Body!, output));
    }

    // "clientRefs[2]" -> "clientRefs".
    private static string RootField(string field) => field.IndexOf('[', StringComparison.Ordinal) is var at and > 0 ? field[..at] : field;
}
