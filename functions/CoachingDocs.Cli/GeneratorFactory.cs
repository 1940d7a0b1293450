using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Cli;

/// <summary>The Core document generator over a catalogue and a templates folder (the same one the Api registers).</summary>
public static class GeneratorFactory
{
    public static IDocumentGenerator Create(QualificationCatalogue catalogue, string templatesFolder) =>
        throw new Commands.CommandFailure(ExitCodes.UnexpectedError, "document generation is not available in this build");
}
