using System.Diagnostics;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Core.Tests.Generation;

/// <summary>Skips (saying why) when LibreOffice is not installed; CI installs it.</summary>
public sealed class RequiresSofficeFactAttribute : FactAttribute
{
    public RequiresSofficeFactAttribute()
    {
        if (Soffice.Path is null) Skip = "LibreOffice (soffice) is not on PATH: install libreoffice-writer and libreoffice-calc to run the PDF conversion test";
    }
}

internal static class Soffice
{
    public static readonly string? Path = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, "soffice"))
        .FirstOrDefault(File.Exists);

    public static void ConvertToPdf(string outputFolder, IEnumerable<string> files) => Convert(outputFolder, "pdf", files);

    /// <summary>Converts the files to PDF beside them and asserts each became a real PDF.</summary>
    public static void AssertConvertsToPdf(string outputFolder, IReadOnlyList<string> files)
    {
        ConvertToPdf(outputFolder, files);
        foreach (var file in files)
        {
            var pdf = System.IO.Path.ChangeExtension(file, ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {System.IO.Path.GetFileName(file)}");
            var head = new byte[5];
            using (var stream = File.OpenRead(pdf)) stream.ReadExactly(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
    }

    /// <summary>Converts files with a private profile (concurrent soffice runs sharing a profile fail silently).</summary>
    public static void Convert(string outputFolder, string format, IEnumerable<string> files)
    {
        var profile = Directory.CreateTempSubdirectory("cd-lo-profile-");
        try
        {
            var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile.FullName}", "--headless", "--convert-to", format, "--outdir", outputFolder })
                start.ArgumentList.Add(arg);
            foreach (var file in files) start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4))) { process.Kill(entireProcessTree: true); throw new TimeoutException("soffice did not finish in 4 minutes"); }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

public class PdfConversionTests
{
    [RequiresSofficeFact]
    public void A_sample_of_generated_documents_converts_to_pdf()
    {
        var folder = Directory.CreateTempSubdirectory("cd-pdf-").FullName;
        try
        {
            var generator = new DocumentGenerator(SampleCatalogue.Catalogue, TemplateStore.BuiltIn);
            // One document of every kind (from whichever unit has it first), plus a legacy mark sheet when there is one.
            var picks = DocumentKinds.All
                .Select(kind => (Kind: kind, Unit: SampleCatalogue.Catalogue.Units.FirstOrDefault(u => u.DocumentKinds.Contains(kind))))
                .Where(p => p.Unit is not null)
                .Concat(SampleCatalogue.Catalogue.Units.Where(u => u.MarkSheet is not null && u.DocumentKinds.Contains(DocumentKinds.ResultSheet)).Take(1)
                    .Select(u => (Kind: DocumentKinds.ResultSheet, Unit: (Unit?)u)))
                .ToList();
            var files = picks.Select(p =>
            {
                using var output = new MemoryStream();
                var file = generator.Generate(new DocumentRequest(p.Kind, p.Unit!.Id, null, Learners.Sample(4)), output);
                var path = Path.Combine(folder, file.FileName);
                File.WriteAllBytes(path, output.ToArray());
                return path;
            }).ToList();

            Soffice.AssertConvertsToPdf(folder, files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
