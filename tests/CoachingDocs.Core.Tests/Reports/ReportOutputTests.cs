using System.IO.Compression;
using System.Text.Json;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reports;

public class ReportOutputTests
{
    private static readonly CheckReport Report = CheckRunner.Run(TestCatalogue.Instance,
        [Upload(LibreOfficeIlmLayout, Asset(LibreOfficeIlmLayout))], "8585-302", clock: new FixedClock());

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 6, 1, 9, 30, 0, TimeSpan.Zero);
    }

    private static byte[] Write(string format, CheckReport? report = null)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report ?? Report, TestCatalogue.Unit302, format, stream, new DocumentGenerator(TestCatalogue.Instance));
        return stream.ToArray();
    }

    [Theory]
    [InlineData(ReportFormats.Docx)]
    [InlineData(ReportFormats.Matrix)]
    public void Word_outputs_validate_with_no_errors(string format)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(format)), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void Result_sheet_has_every_ac_row_with_evidence_and_blank_assessor_cells()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(ReportFormats.Docx)), false);
        var body = document.MainDocumentPart!.Document.Body!;
        // The generator's result sheet: one criterion row item per AC, the evidence in its assessor feedback area.
        var rows = ContentControls.WithTag(body, TagConvention.RepeatingItem(BlockNames.CriterionRow)).ToList();
        Assert.Equal(TestCatalogue.Unit302.Criteria.Count(), rows.Count);
        string FieldText(DocumentFormat.OpenXml.Wordprocessing.SdtElement row, string name) =>
            ContentControls.TextOf(ContentControls.WithTag(row, TagConvention.Field(name)).Single());
        Assert.Equal("1.1", FieldText(rows[0], FieldNames.CriterionRef));
        Assert.Contains("table 2, row 1", FieldText(rows[0], FieldNames.AssessorFeedback));
        Assert.Equal("", FieldText(rows[0], FieldNames.Decision));
        var missing = rows.Single(r => FieldText(r, FieldNames.CriterionRef) == "3.3");
        Assert.Contains("No evidence found for AC 3.3", FieldText(missing, FieldNames.AssessorFeedback));
        Assert.Equal("", FieldText(missing, FieldNames.Decision));
        var text = body.InnerText;
        Assert.Contains("12.5 hours (750 minutes)", text);
        Assert.Contains("The stated total is 12 hours", text);
    }

    [Fact]
    public void Summary_workbook_validates_and_never_holds_a_formula()
    {
        var hostile = Report with { Sessions = [.. Report.Sessions.Select((s, i) => i == 0 ? s with { Client = "=HYPERLINK(\"http://x\",\"y\")" } : s)] };
        var bytes = Write(ReportFormats.Xlsx, hostile);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            var xml = new StreamReader(entry.Open()).ReadToEnd();
            Assert.DoesNotContain("<x:f>", xml);
            Assert.DoesNotContain("<f>", xml);
        }
        var sessions = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open()).ReadToEnd();
        Assert.Contains("t=\"inlineStr\"", sessions);
        Assert.Contains("=HYPERLINK", sessions);
    }

    [Fact]
    public void Json_is_versioned_camel_case_with_iso_dates_and_round_trips()
    {
        var json = ReportJson.Serialize(Report);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("2025-06-01T09:30:00+00:00", root.GetProperty("checkedAt").GetString());
        Assert.Equal("2025-03-12", root.GetProperty("sessions")[0].GetProperty("date").GetString());
        Assert.Equal(12.5m, root.GetProperty("hours").GetProperty("total").GetDecimal());
        Assert.Equal(6.5m, root.GetProperty("hours").GetProperty("byClient").GetProperty("C1").GetDecimal());
        Assert.Equal(ReportJson.Serialize(ReportJson.Deserialize(json)), json);
    }

    [Fact]
    public void Json_has_every_property_the_published_schema_requires()
    {
        var schemaPath = Path.Combine(RepoRoot(), "docs", "report.schema.json");
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        using var report = JsonDocument.Parse(ReportJson.Serialize(Report));
        AssertRequired(schema.RootElement, report.RootElement, schema.RootElement, "$");
    }

    /// <summary>Walks the schema's "required" lists (through $ref, properties and items) against an actual report.</summary>
    private static void AssertRequired(JsonElement schema, JsonElement value, JsonElement root, string path)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            schema = root.GetProperty("$defs").GetProperty(reference.GetString()!.Split('/')[^1]);
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray())
                    Assert.True(value.TryGetProperty(name.GetString()!, out _), $"{path}.{name} is required by the schema but missing");
            if (schema.TryGetProperty("properties", out var properties))
                foreach (var property in properties.EnumerateObject())
                    if (value.TryGetProperty(property.Name, out var child) && child.ValueKind != JsonValueKind.Null)
                        AssertRequired(property.Value, child, root, $"{path}.{property.Name}");
            foreach (var actual in value.EnumerateObject())
                if (schema.TryGetProperty("properties", out var props) && !props.TryGetProperty(actual.Name, out _) && !schema.TryGetProperty("additionalProperties", out _))
                    Assert.Fail($"{path}.{actual.Name} is in the report but not in the schema");
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray()) AssertRequired(items, element, root, $"{path}[{i++}]");
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
