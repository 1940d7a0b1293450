using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Packaging;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>What the check endpoint needs, passed with [AsParameters]. Upload limits come from configuration section "Uploads".</summary>
public sealed class CheckServices(
    [FromServices] QualificationCatalogue catalogue, [FromServices] IConfiguration configuration, [FromServices] DocumentGenerator generator,
    [FromServices] TimeProvider clock)
{
    public const string LimitsSection = "Uploads";

    public QualificationCatalogue Catalogue { get; } = catalogue;

    public IConfiguration Configuration { get; } = configuration;

    /// <summary>Makes the forms the Word views are filled into (the centre's templates first).</summary>
    public DocumentGenerator Generator { get; } = generator;

    /// <summary>When a report says it was checked.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>docs/limits.md; e.g. <c>Uploads__MaxUploadBytes=10485760</c>.</summary>
    public UploadLimits GetLimits() => Configuration.GetSection(LimitsSection).Get<UploadLimits>() ?? UploadLimits.Default;
}
