using System.IO.Compression;
using CoachingDocs.Cli.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Cli.Tests;

/// <summary>coachdocs as it ships (repository catalogue and templates, the Core generator), run as the README says.</summary>
public sealed class ShippedGenerateTests : IDisposable
{
    private readonly CliRunner _cli = new(shipped: true);

    [Fact]
    public void The_readme_unit_pack_command_writes_a_pack_of_valid_documents()
    {
        var result = _cli.Run("generate", "unit-pack", "8585-302", "--name", "Jo Learner", "--registration-number", "R123456",
            "--centre-name", "North Centre", "--centre-number", "12345", "--client", "Client A", "--client", "Client B",
            "--planned-sessions", "12", "--out", "packs/");

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var pack = Assert.Single(_cli.FilesWritten());
        Assert.StartsWith("packs", pack);
        using var zip = ZipFile.OpenRead(Path.Combine(_cli.WorkingFolder, pack));
        Assert.True(zip.Entries.Count >= 5);
        foreach (var entry in zip.Entries)
        {
            using var stream = new MemoryStream();
            using (var content = entry.Open()) content.CopyTo(stream);
            stream.Position = 0;
            using OpenXmlPackage document = entry.Name.EndsWith(".xlsx", StringComparison.Ordinal)
                ? SpreadsheetDocument.Open(stream, false) : WordprocessingDocument.Open(stream, false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        }
    }

    [Fact]
    public void The_catalogue_lists_every_qualification_of_the_seeds()
    {
        var result = _cli.Run("catalogue", "--format", "json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (var id in new[] { "8585-award", "8585-certificate", "8580-diploma", "l5-diploma-effective-coaching-mentoring" })
            Assert.Contains($"\"{id}\"", result.Out);
    }

    [Fact]
    public void A_centre_templates_folder_that_does_not_exist_is_refused_before_writing()
    {
        var result = _cli.Run("generate", "document", "coaching-diary", "--unit", "8585-302", "--name", "Jo", "--registration-number", "R1",
            "--centre-name", "C", "--centre-number", "1", "--templates", "no-such-folder");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--templates", Assert.Single(result.ErrorLines));
        Assert.Empty(_cli.FilesWritten());
    }

    public void Dispose() => _cli.Dispose();
}
