using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CoachingDocs.Api.Hosting;
using CoachingDocs.Cli.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Cli.Tests;

/// <summary><c>coachdocs check</c> as it ships, over real files made by other programs; and the same report as the service.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private static readonly string Assets = Path.Combine(RepositoryRoot(), "tests", "CoachingDocs.Core.Tests", "Assets");
    private const string IlmDiary = "RD020-LibreOfficeIlmLayout.docx";
    private const string FreeFormat = "RD010-NpmDocxFreeFormat.docx";
    private readonly CliRunner _cli = new(shipped: true);

    private string Copy(string name)
    {
        var path = Path.Combine(_cli.WorkingFolder, name);
        File.Copy(Path.Combine(Assets, name), path);
        return name;
    }

    [Fact]
    public void Json_report_goes_to_stdout_and_the_exit_code_is_0_whatever_was_found()
    {
        var result = _cli.Run("check", Copy(IlmDiary), "--unit", "8585-302");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var report = JsonNode.Parse(result.Out)!;
        Assert.Equal(750, report["hours"]!["totalMinutes"]!.GetValue<int>());
        Assert.Contains("STATED_TOTAL_MISMATCH", report["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()));
    }

    [Fact]
    public void Several_files_and_a_result_sheet_to_a_file()
    {
        var before = File.ReadAllBytes(Path.Combine(_cli.WorkingFolder, Copy(IlmDiary)));
        var result = _cli.Run("check", IlmDiary, Copy(FreeFormat), "--unit", "8585-302", "--format", "docx", "--out", "sheet.docx");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("sheet.docx", result.Out);
        using (var document = WordprocessingDocument.Open(Path.Combine(_cli.WorkingFolder, "sheet.docx"), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            Assert.Contains("18.25 hours (1095 minutes)", document.MainDocumentPart!.Document.Body!.InnerText);
        }
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_cli.WorkingFolder, IlmDiary)));
    }

    [Fact]
    public void Excel_summary_into_a_folder()
    {
        Directory.CreateDirectory(Path.Combine(_cli.WorkingFolder, "out"));
        var result = _cli.Run("check", Copy(IlmDiary), "--unit", "8585-302", "--format", "xlsx", "--out", "out/");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Path.Combine("out", "check-8585-302-summary.xlsx"), _cli.FilesWritten());
    }

    [Theory]
    [InlineData("missing.docx", "no such file")]
    [InlineData("notes.docx", "is not a Word or Excel file")]
    public void A_check_that_cannot_run_exits_non_zero_with_one_line(string file, string message)
    {
        File.WriteAllText(Path.Combine(_cli.WorkingFolder, "notes.docx"), "just some notes");
        var result = _cli.Run("check", file, "--unit", "8585-302");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("coachdocs: ", line);
        Assert.Contains(message, line);
    }

    [Fact]
    public void An_unknown_unit_or_format_is_refused()
    {
        var unit = _cli.Run("check", Copy(IlmDiary), "--unit", "9999-999");
        Assert.Equal(ExitCodes.InvalidInput, unit.ExitCode);
        Assert.Contains("REJECT_UNIT_UNKNOWN", Assert.Single(unit.ErrorLines));
        var format = _cli.Run("check", IlmDiary, "--format", "pdf");
        Assert.Equal(ExitCodes.UsageError, format.ExitCode);
    }

    [Fact]
    public async Task The_service_and_the_command_line_give_the_same_report()
    {
        var fromCli = JsonNode.Parse(_cli.Run("check", Copy(IlmDiary), Copy(FreeFormat), "--unit", "8585-302").Out)!.AsObject();
        using var service = new WebApplicationFactory<ListenAddresses>();
        using var content = new MultipartFormDataContent();
        foreach (var name in new[] { IlmDiary, FreeFormat })
        {
            var part = new ByteArrayContent(File.ReadAllBytes(Path.Combine(Assets, name)));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }
        var response = await service.CreateClient().PostAsync("/api/check?unit=8585-302", content);
        var fromApi = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        // Only the time of the check differs.
        fromCli.Remove("checkedAt");
        fromApi.Remove("checkedAt");
        Assert.True(JsonNode.DeepEquals(fromApi, fromCli), $"api: {fromApi}\ncli: {fromCli}");
    }

    public void Dispose() => _cli.Dispose();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) return dir.FullName;
        throw new InvalidOperationException("CoachingDocs.slnx not found above the test assembly.");
    }
}
