using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingDocs.Api.Tests.Support;
using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Api.Tests;

/// <summary>The shipped app over the real catalogue and generator: what a user gets from the service.</summary>
public sealed class RealGenerationTests(RealApiFactory factory) : IClassFixture<RealApiFactory>
{
    private static readonly object Learner = new
    {
        name = "Jo Learner", registrationNumber = "R123456", centreName = "North Centre", centreNumber = "12345",
        assessorName = "Sam Assessor", clientRefs = new[] { "Client A", "Client B" }, plannedSessions = 12,
        startDate = "2025-09-01", endDate = "2026-03-31",
    };

    [Fact]
    public async Task The_catalogue_served_is_the_repository_catalogue()
    {
        var catalogue = CatalogueLoader.Load(Path.Combine(TestPaths.RepositoryRoot, "templates", "catalogue"));
        var client = factory.CreateClient();
        using var qualifications = JsonDocument.Parse(await client.GetStringAsync("/api/qualifications"));
        using var units = JsonDocument.Parse(await client.GetStringAsync("/api/units"));
        Assert.Equal(catalogue.Qualifications.Select(q => q.Id), qualifications.RootElement.EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal(catalogue.Units.Select(u => u.Id), units.RootElement.EnumerateArray().Select(u => u.GetProperty("id").GetString()));

        using var unit = JsonDocument.Parse(await client.GetStringAsync("/api/units/8585-302"));
        Assert.Equal("H/617/2843", unit.RootElement.GetProperty("uan").GetString());
        Assert.Equal("Produce a plan for effective coaching to take place for 12 hours",
            unit.RootElement.GetProperty("learningOutcomes")[0].GetProperty("criteria")[0].GetProperty("text").GetString());
    }

    private static IReadOnlyList<string> Kinds8585302 =>
        CatalogueLoader.Load(Path.Combine(TestPaths.RepositoryRoot, "templates", "catalogue")).FindUnit("8585-302")!.DocumentKinds;

    public static TheoryData<string> KindsOf8585302 => new(Kinds8585302);

    [Theory]
    [MemberData(nameof(KindsOf8585302))]
    public async Task Each_document_of_a_unit_is_a_valid_office_file(string kind)
    {
        var body = JsonSerializer.SerializeToNode(Learner)!.AsObject();
        body["unit"] = "8585-302";
        body["qualification"] = "8585-certificate";
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/documents/{kind}", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        Assert.EndsWith(DocumentKinds.FileExtension(kind), fileName);
        Assert.DoesNotContain("Jo", fileName!);
        Assert.Empty(ValidationErrors(bytes, kind));
    }

    [Fact]
    public async Task A_unit_pack_holds_every_document_of_the_unit()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/packs/units/8585-302", Learner);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(Kinds8585302.Count, zip.Entries.Count);
        foreach (var kind in Kinds8585302)
            Assert.Contains(zip.Entries, e => e.Name.Contains(kind, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_qualification_pack_has_a_folder_per_unit()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/packs/qualifications/8585-certificate", Learner);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var folders = zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().ToList();
        Assert.Equal(3, folders.Count);
        Assert.Contains(folders, f => f.Contains("8585-302", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Example_downloads_work_for_a_real_unit()
    {
        // The front door links them from "Make documents" (FrontDoorBrowserTests follows the link).
        var client = factory.CreateClient();
        var example = await client.GetAsync("/api/examples/units/L5-502/documents/coaching-diary");
        Assert.Equal(HttpStatusCode.OK, example.StatusCode);
        Assert.Empty(ValidationErrors(await example.Content.ReadAsByteArrayAsync(), "coaching-diary"));
    }

    [Fact]
    public async Task Bad_input_is_refused_before_the_real_generator_runs()
    {
        var body = JsonSerializer.SerializeToNode(Learner)!.AsObject();
        body["name"] = "=HYPERLINK(\"http://evil\")";
        var response = await factory.CreateClient().PostAsJsonAsync("/api/packs/units/8585-302", body);
        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest, "name");
    }

    private static IEnumerable<string> ValidationErrors(byte[] bytes, string kind)
    {
        using var stream = new MemoryStream(bytes);
        using OpenXmlPackage package = kind == DocumentKinds.HoursLog ? SpreadsheetDocument.Open(stream, false) : WordprocessingDocument.Open(stream, false);
        // Office 2019 rules: the repeating-section controls are Word 2013+ (w15) markup.
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }
}
