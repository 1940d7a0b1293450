namespace CoachingDocs.Core.Validation;

/// <summary>The request cannot be carried out as sent; <see cref="Problems"/> says what and where. Nothing was written.</summary>
public sealed class InvalidRequestException(IReadOnlyList<InputProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}")))
{
    public IReadOnlyList<InputProblem> Problems { get; } = problems;

    public InvalidRequestException(string field, string message) : this([new InputProblem(field, message)]) { }
}
