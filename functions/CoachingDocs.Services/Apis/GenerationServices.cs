using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>What the generation endpoints need, passed with [AsParameters].</summary>
public sealed class GenerationServices([FromServices] QualificationCatalogue catalogue, [FromServices] IDocumentGenerator generator)
{
    public QualificationCatalogue Catalogue { get; } = catalogue;

    public IDocumentGenerator Generator { get; } = generator;
}
