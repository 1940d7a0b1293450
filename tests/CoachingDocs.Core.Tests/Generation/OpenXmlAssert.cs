using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Core.Tests.Generation;

internal static class OpenXmlAssert
{
    /// <summary>Validates against Office 2019 (the repeating sections are Word 2013 markup) and lists every error.</summary>
    public static void Valid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
