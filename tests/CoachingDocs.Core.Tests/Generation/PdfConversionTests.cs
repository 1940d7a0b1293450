using System.Diagnostics;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Core.Tests.Generation;

/// <summary>
/// Skips (saying why) when LibreOffice is not installed on a developer's machine. Under CI=true it never skips: CI installs
/// LibreOffice, so a missing one is a broken run and the test fails instead of vanishing from the count.
/// </summary>
public sealed class RequiresSofficeFactAttribute : FactAttribute
{
    public RequiresSofficeFactAttribute()
    {
        if (Soffice.Path is null && !TestEnvironment.IsCi)
            Skip = "LibreOffice (soffice) is not on PATH: install libreoffice-writer and libreoffice-calc to run the PDF conversion test";
    }
}

internal static class Soffice
{
    public static readonly string? Path = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, "soffice"))
        .FirstOrDefault(File.Exists);

    public static void ConvertToPdf(string outputFolder, IEnumerable<string> files) => Convert(outputFolder, "pdf", files);

    /// <summary>
    /// Converts the files to PDF beside them and reads each PDF back: a plausible page count, and every expected text on
    /// its pages. The "%PDF-" header alone proves nothing: LibreOffice turns a plain-text file named .docx into a valid PDF.
    /// </summary>
    public static void AssertConvertsToPdf(string outputFolder, IReadOnlyList<string> files, IReadOnlyList<string> expectedText, int maxPages = 40)
    {
        ConvertToPdf(outputFolder, files);
        foreach (var file in files)
        {
            var name = System.IO.Path.GetFileName(file);
            var pdf = System.IO.Path.ChangeExtension(file, ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {name}");
            var pages = PdfPageCount(pdf);
            Assert.True(pages is >= 1 && pages <= maxPages, $"{name}: {pages} pages, expected 1 to {maxPages}");
            var text = Normalise(RunPoppler("pdftotext", "-layout", pdf, "-"));
            foreach (var expected in expectedText)
                Assert.True(text.Contains(Normalise(expected), StringComparison.Ordinal), $"{name}: the PDF does not show \"{expected}\"");
        }
    }

    private static int PdfPageCount(string pdf)
    {
        var info = RunPoppler("pdfinfo", pdf);
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        Assert.NotNull(line);
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // pdftotext keeps the page's line breaks and spacing; expectations are phrases, so whitespace runs compare as one space.
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string RunPoppler(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} (poppler-utils) could not be started");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed on {args[^1]}: {process.StandardError.ReadToEnd()}");
        return output;
    }

    /// <summary>Converts files with a private profile (concurrent soffice runs sharing a profile fail silently).</summary>
    public static void Convert(string outputFolder, string format, IEnumerable<string> files)
    {
        if (Path is null) throw new InvalidOperationException("LibreOffice (soffice) is not on PATH; CI=true requires it (scripts/install-prerequisites.sh installs it)");
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

            // Every generated form shows the learner it was made for.
            Soffice.AssertConvertsToPdf(folder, files, [Learners.Sample().Name]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
