using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Templates;

/// <summary>
/// Builds the default template of each document kind: an ordinary .docx/.xlsx, generic across units, which the
/// generator shapes per unit (criterion rows, session blocks, plan months) and personalises. The files committed in
/// templates/ are this builder's output (a test keeps them in step); a centre may restyle them in Word.
/// </summary>
public static class TemplateBuilder
{
    public const string TemplateVersion = "1";

    public static string FileName(string kind) => kind + DocumentKinds.FileExtension(kind);

    /// <summary>
    /// The kind a template file is for, from its name ("client-feedback.docx", "Centre X client-feedback v2.docx"):
    /// the longest kind id the name contains with the right extension, or null.
    /// </summary>
    public static string? KindFromFileName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return DocumentKinds.All
            .Where(k => name.EndsWith(DocumentKinds.FileExtension(k), StringComparison.Ordinal) && name.Contains(k, StringComparison.Ordinal))
            .OrderByDescending(k => k.Length).FirstOrDefault();
    }

    /// <summary>The template of one kind as package bytes (deterministic: the same bytes on every run).</summary>
    public static byte[] Build(string kind)
    {
        if (!DocumentKinds.IsKnown(kind)) throw new ArgumentException($"Unknown document kind '{kind}'.", nameof(kind));
        using var buffer = new MemoryStream();
        if (kind == DocumentKinds.HoursLog)
            HoursLogTemplate.Write(buffer);
        else
            WriteDocument(buffer, kind, FormLayouts.Body(kind));
        return DeterministicPackage.Rezip(buffer.ToArray());
    }

    /// <summary>Writes every template into a folder (templates/ in the repository; see docs/templates.md).</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        return DocumentKinds.All.Select(kind =>
        {
            var path = Path.Combine(folder, FileName(kind));
            File.WriteAllBytes(path, Build(kind));
            return path;
        }).ToList();
    }

    private static void WriteDocument(Stream stream, string kind, IEnumerable<OpenXmlElement> body)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var root = new Document();
        root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        root.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        root.AddNamespaceDeclaration("w15", "http://schemas.microsoft.com/office/word/2012/wordml");
        root.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w15" };
        var documentBody = new Body(body);
        documentBody.AppendChild(new SectionProperties([.. PageFurniture.References(),
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }]));
        root.AppendChild(documentBody);
        main.Document = root;

        PageFurniture.Add(main, kind);
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = TemplateStyles.Create();
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15", // Word 2013+ mode: needed for repeating sections to show their "+" button
            }));
        CoreProperties.Write(document, FormTitles.Of(kind), null);
    }
}
