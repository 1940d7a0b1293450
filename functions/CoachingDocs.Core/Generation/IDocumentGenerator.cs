namespace CoachingDocs.Core.Generation;

/// <summary>
/// Makes personalised documents. Throws <see cref="Validation.InvalidRequestException"/> for an unknown kind or unit, a
/// kind that does not apply to the unit, or bad learner details, before writing anything to <c>output</c>.
/// </summary>
public interface IDocumentGenerator
{
    GeneratedFile Generate(DocumentRequest request, Stream output);

    /// <summary>Every document kind of one unit, as a zip.</summary>
    GeneratedFile GenerateUnitPack(string unitId, string? qualificationId, LearnerDetails learner, Stream output);

    /// <summary>Every unit of a qualification, a folder per unit, as a zip.</summary>
    GeneratedFile GenerateQualificationPack(string qualificationId, LearnerDetails learner, Stream output);
}

public sealed record DocumentRequest(string Kind, string UnitId, string? QualificationId, LearnerDetails Learner);

/// <summary>The sanitised file name to offer the user and its media type.</summary>
public sealed record GeneratedFile(string FileName, string ContentType);
