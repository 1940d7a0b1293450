using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Roster;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Issue 9: packages built to crash or exhaust the reader are refused with a documented code, whoever reads them.</summary>
public class HostilePackageTests
{
    private static UploadRejectedException Reject(byte[] bytes, string name = "upload.docx") =>
        Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, name));

    private static byte[] Nested(int depth, string element) =>
        Docx(string.Concat(Enumerable.Repeat($"<{element}>", depth)) + string.Concat(Enumerable.Repeat($"</{element}>", depth)));

    [Fact]
    public void Deep_nesting_is_refused_while_reading_even_in_a_small_file()
    {
        var bytes = Nested(50_000, "w:p"); // 550 KB of XML: below the 1 MB floor of the ratio check
        Assert.True(bytes.Length < 64 * 1024, "the attack is a small file, below the ratio check's floor");
        var ex = Reject(bytes);
        Assert.Equal(RejectCodes.TooDeep, ex.Code);
        Assert.Contains("word/document.xml", ex.Message);
        Assert.Contains($"{UploadLimits.Default.MaxXmlDepth} levels", ex.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        // body (depth 1) + 200 nested elements stays under 256 levels.
        var package = SafePackageOpener.Open(Nested(200, "w:sdt"), "deep-but-fine.docx");
        Assert.Equal(PackageFormat.Word, package.Format);
    }

    [Fact]
    public void A_relationship_to_a_missing_part_is_named_not_crashed_on()
    {
        var bytes = Rewrite(Asset(LibreOfficeIlmLayout), (name, content) => name == "word/styles.xml" ? null : content);
        var ex = Reject(bytes);
        Assert.Equal(RejectCodes.Malformed, ex.Code);
        Assert.Contains("'word/styles.xml', which is missing", ex.Message);
    }

    [Fact]
    public void A_wrong_entry_count_in_the_end_of_directory_record_is_a_damaged_file()
    {
        var bytes = Asset(LibreOfficeIlmLayout);
        var eocd = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        Assert.True(eocd > 0);
        bytes[eocd + 8] += 3; // entries on this disk
        bytes[eocd + 10] += 3; // entries in total
        var ex = Reject(bytes);
        Assert.Contains(ex.Code, new[] { RejectCodes.Truncated, RejectCodes.Malformed });
    }

    [Fact]
    public void A_vba_project_under_another_name_is_still_a_macro_file()
    {
        var bytes = Rewrite(Asset(LibreOfficeIlmLayout), (name, content) => name == "[Content_Types].xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("</Types>",
                "<Override PartName=\"/word/notes.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal))
            : content, ("word/notes.bin", [1, 2, 3]));
        Assert.Equal(RejectCodes.MacroEnabled, Reject(bytes).Code);
    }

    [Fact]
    public void Non_ascii_digits_are_read_not_refused_as_damage()
    {
        var body = P("Session 1 — ١٢/٠٣/٢٠٢٥ — ٩٠ minutes");
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("arabic-digits.docx", Docx(body))], "8585-302");
        Assert.NotNull(report);
    }

    [Fact]
    public void A_roster_workbook_with_a_doctype_is_refused_as_a_roster_problem()
    {
        var xlsx = Rewrite(RosterXlsx(), (name, content) => name == "xl/workbook.xml"
            ? Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY a \"b\">]>" + Encoding.UTF8.GetString(content).Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "", StringComparison.Ordinal))
            : content);
        var ex = Assert.Throws<RosterFormatException>(() => RosterReader.Read(new MemoryStream(xlsx), CoachingDocs.Core.Tests.Roster.TestCatalogue.Create()));
        Assert.Contains(RejectCodes.Dtd, ex.Message);
    }

    [Fact]
    public void A_roster_workbook_that_inflates_far_beyond_a_roster_is_refused()
    {
        var padding = "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>" + new string(' ', 25 * 1024 * 1024) + "</t></is></c></row>";
        var xlsx = RosterXlsx(padding);
        Assert.True(xlsx.Length < 1024 * 1024);
        var ex = Assert.Throws<RosterFormatException>(() => RosterReader.Read(new MemoryStream(xlsx), CoachingDocs.Core.Tests.Roster.TestCatalogue.Create()));
        Assert.Contains(RejectCodes.ZipBomb, ex.Message);
    }

    [Fact]
    public void A_roster_cell_reference_beyond_the_last_column_is_refused_without_allocating_to_it()
    {
        var xlsx = Xlsx("Roster", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Learner name</t></is></c><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<RosterFormatException>(() => RosterReader.Read(new MemoryStream(xlsx), CoachingDocs.Core.Tests.Roster.TestCatalogue.Create()));
        Assert.Contains("beyond Excel's last column", ex.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50L * 1024 * 1024);
    }

    private static byte[] RosterXlsx(string extraRows = "")
    {
        string[] header = ["Learner name", "Registration number", "Centre name", "Centre number", "Qualification"];
        string[] learner = ["Ann Example", "R1", "Centre", "C1", "8585-award"];
        string RowOf(int r, string[] values) => $"<row r=\"{r}\">" + string.Concat(values.Select((v, i) =>
            $"<c r=\"{(char)('A' + i)}{r}\" t=\"inlineStr\"><is><t>{v}</t></is></c>")) + "</row>";
        return Xlsx("Roster", RowOf(1, header) + RowOf(2, learner) + extraRows);
    }

    /// <summary>Copies a package entry by entry; <paramref name="change"/> returns new content, or null to drop the entry.</summary>
    internal static byte[] Rewrite(byte[] package, Func<string, byte[], byte[]?> change, params (string Name, byte[] Content)[] add)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in source.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (change(entry.FullName, copy.ToArray()) is { } content) entries.Add((entry.FullName, content));
        }
        entries.AddRange(add);
        return Zip([.. entries]);
    }
}
