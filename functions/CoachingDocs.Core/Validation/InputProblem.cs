namespace CoachingDocs.Core.Validation;

/// <summary>One thing wrong with what a user sent: the field (as the user named it) and what is wrong, in plain words.</summary>
public sealed record InputProblem(string Field, string Message);
