using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Tests.Generation;

public class ValidateSmokeTests
{
    [Fact]
    public void SmokeFilesValidate()
    {
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Path.GetTempPath(), "cd-smoke")))
        {
            try
            {
                if (file.EndsWith(".xlsx")) { using var x = SpreadsheetDocument.Open(file, false); OpenXmlAssert.Valid(x); }
                else { using var d = WordprocessingDocument.Open(file, false); OpenXmlAssert.Valid(d); }
            }
            catch (Exception e) { failures.Add(Path.GetFileName(file) + ": " + e.Message); }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
