using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests;

/// <summary>
/// SDK-built: generates a document with our generator and fills it through the Open XML SDK, writing text into the
/// content controls of each repeating item (by tag), then saving. Word never opens or saves these files.
/// </summary>
internal static class TemplateFiller
{
    public static readonly QualificationCatalogue Catalogue = CatalogueLoader.Load(Path.Combine(RepoRoot(), "templates", "catalogue"));

    private static readonly DocumentGenerator Generator = new(Catalogue);

    public static readonly LearnerDetails Learner = new()
    {
        Name = "Test Learner", RegistrationNumber = "REG12345", CentreName = "Test Centre", CentreNumber = "123456",
        ClientRefs = ["C1", "C2"], PlannedSessions = 8,
    };

    /// <summary>Generates <paramref name="kind"/> for the unit for <see cref="Learner"/>, as a learner receives it.</summary>
    public static byte[] Blank(string kind, string unitId)
    {
        using var stream = new MemoryStream();
        Generator.Generate(new DocumentRequest(kind, unitId, null, Learner), stream);
        return stream.ToArray();
    }

    /// <summary>Generates <paramref name="kind"/> for the unit and fills item n of block <paramref name="block"/> with values[n].</summary>
    public static byte[] Fill(string kind, string unitId, string block, IReadOnlyList<IReadOnlyDictionary<string, string>> items,
        IReadOnlyDictionary<string, string>? header = null)
    {
        using var stream = new MemoryStream();
        Generator.Generate(new DocumentRequest(kind, unitId, null, Learner), stream);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var blocks = body.Descendants<SdtElement>().Where(s => Tag(s) == TagConvention.RepeatingItem(block)).ToList();
            Assert.True(blocks.Count >= items.Count, $"{kind} has {blocks.Count} '{block}' items, {items.Count} wanted");
            for (var i = 0; i < items.Count; i++)
                foreach (var (field, value) in items[i])
                    SetField(blocks[i], field, value);
            foreach (var (field, value) in header ?? new Dictionary<string, string>())
                SetField(body, field, value);
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    private static void SetField(OpenXmlElement scope, string field, string value)
    {
        var control = scope.Descendants<SdtElement>().FirstOrDefault(s => Tag(s) == TagConvention.Field(field))
            ?? throw new InvalidOperationException($"no field '{field}' in this item");
        var content = control.ChildElements.First(e => e.LocalName == "sdtContent");
        if (content.Descendants<Paragraph>().FirstOrDefault() is { } paragraph)
        {
            paragraph.RemoveAllChildren<Run>();
            paragraph.Append(new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
        }
        else
        {
            content.RemoveAllChildren();
            content.Append(new Run(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
        }
        control.SdtProperties?.RemoveAllChildren<ShowingPlaceholder>();
    }

    private static string? Tag(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
