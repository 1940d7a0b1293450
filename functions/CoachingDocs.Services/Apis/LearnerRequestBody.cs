using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Api.Apis;

/// <summary>The learner details every generation request carries (JSON, camelCase). Same fields as a Cli learner file.</summary>
public record LearnerRequestBody
{
    [Required]
    [Description("The learner's full name as it should appear on the documents.")]
    public string? Name { get; init; }

    [Required]
    [Description("The learner's ILM registration number.")]
    public string? RegistrationNumber { get; init; }

    [Required]
    [Description("The centre's name.")]
    public string? CentreName { get; init; }

    [Required]
    [Description("The centre's ILM number.")]
    public string? CentreNumber { get; init; }

    public string? AssessorName { get; init; }

    [Description("References (not names) of the learner's coaching clients, e.g. \"Client A\"; at most 20, each once.")]
    public IReadOnlyList<string>? ClientRefs { get; init; }

    [Description("How many session records to put in the coaching diary (1-200).")]
    public int? PlannedSessions { get; init; }

    [Description("ISO 8601 date, e.g. 2025-09-01.")]
    public DateOnly? StartDate { get; init; }

    [Description("ISO 8601 date, e.g. 2026-03-31.")]
    public DateOnly? EndDate { get; init; }

    public LearnerDetails ToLearnerDetails() => new()
    {
        Name = Name ?? "",
        RegistrationNumber = RegistrationNumber ?? "",
        CentreName = CentreName ?? "",
        CentreNumber = CentreNumber ?? "",
        AssessorName = AssessorName,
        ClientRefs = ClientRefs ?? [],
        PlannedSessions = PlannedSessions,
        StartDate = StartDate,
        EndDate = EndDate,
    };
}

/// <summary>Body of <c>POST /api/documents/{kind}</c>.</summary>
public sealed record DocumentRequestBody : LearnerRequestBody
{
    [Required]
    [Description("Unit id from GET /api/units, e.g. 8585-302.")]
    public string? Unit { get; init; }

    [Description("Optional qualification id from GET /api/qualifications; it must include the unit.")]
    public string? Qualification { get; init; }
}

/// <summary>Body of <c>POST /api/packs/units/{unitId}</c>.</summary>
public sealed record UnitPackRequestBody : LearnerRequestBody
{
    [Description("Optional qualification id from GET /api/qualifications; it must include the unit.")]
    public string? Qualification { get; init; }
}
