using System.IO.Compression;
using System.Text.RegularExpressions;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Templates;

/// <summary>
/// Lists what a customised template lacks or misuses compared with the built-in template of its kind: missing fields,
/// sections and repeating sections; unknown cd1 tags; single fields placed twice; tags over Word's 64 characters; and
/// controls of the wrong type (a repeating section that is not a Word repeating section, a field made a picture ...).
/// The built-in template is the reference, so the rules cannot drift from what the generator fills.
/// </summary>
public static partial class TemplateValidator
{
    private static readonly HashSet<string> NotForFields = ["repeatingSection", "repeatingSectionItem", "picture", "checkbox", "group", "docPartList", "docPartObj", "citation", "bibliography", "equation"];
    private static readonly HashSet<string> NotForSections = ["repeatingSection", "repeatingSectionItem", "picture", "checkbox", "date", "dropDownList", "comboBox", "text"];

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex CriterionRef();

    public static TemplateValidationResult Validate(Stream template, string kind)
    {
        using var copy = new MemoryStream();
        template.CopyTo(copy);
        return Validate(copy.ToArray(), kind);
    }

    public static TemplateValidationResult Validate(byte[] template, string kind)
    {
        if (!DocumentKinds.IsKnown(kind))
            return new(kind, [new(TemplateProblemKind.Unknown, kind, $"'{kind}' is not a document kind; known: {string.Join(", ", DocumentKinds.All)}")]);
        try
        {
            // A centre's template passes the same safe opener as any upload (sizes, ratios, DTDs, depth, missing parts)
            // before the SDK parses it; its refusal is the template's one problem.
            SafePackageOpener.Open(template, "template" + DocumentKinds.FileExtension(kind));
        }
        catch (UploadRejectedException ex)
        {
            return new(kind, [new(TemplateProblemKind.Unreadable, "", $"the file is not a readable {DocumentKinds.FileExtension(kind)} package ({ex.Code}): it {ex.Problem}")]);
        }
        try
        {
            return new(kind, kind == DocumentKinds.HoursLog ? ValidateWorkbook(template) : ValidateDocument(template, kind));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException)
        {
            var expected = DocumentKinds.FileExtension(kind);
            return new(kind, [new(TemplateProblemKind.Unreadable, "", $"the file is not a readable {expected} package: {ex.Message}")]);
        }
    }

    private static List<TemplateProblem> ValidateDocument(byte[] template, string kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(template, writable: false), false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { main.Document };
        roots.AddRange(main.HeaderParts.Select(h => h.Header));
        roots.AddRange(main.FooterParts.Select(f => f.Footer));
        var inventories = roots.Select(TagInventory.Of).ToList();
        var candidate = Merge(inventories);

        using var referenceDocument = WordprocessingDocument.Open(new MemoryStream(TemplateBuilder.Build(kind), writable: false), false);
        var reference = TagInventory.Of(referenceDocument.MainDocumentPart!.Document);

        var problems = new List<TemplateProblem>();
        foreach (var (sdt, tagText) in candidate.Controls) CheckControl(sdt, tagText, kind, problems);

        foreach (var field in reference.SingleFields.Keys.Where(f => !candidate.AllFields.Contains(f)))
            problems.Add(new(TemplateProblemKind.Missing, TagConvention.Field(field), $"the field '{field}' is missing"));
        foreach (var section in reference.Sections.Where(s => !candidate.Sections.Contains(s)))
            problems.Add(new(TemplateProblemKind.Missing, TagConvention.Section(section), $"the section '{section}' is missing"));
        foreach (var block in reference.RepeatingSections)
        {
            if (!candidate.RepeatingSections.Contains(block))
            {
                problems.Add(new(TemplateProblemKind.Missing, TagConvention.RepeatingSection(block), $"the repeating section '{block}' is missing"));
                continue;
            }
            var have = candidate.ItemFields.GetValueOrDefault(block) ?? [];
            foreach (var field in reference.ItemFields.GetValueOrDefault(block) ?? [])
                if (!have.Contains(field))
                    problems.Add(new(TemplateProblemKind.Missing, TagConvention.Field(field), $"the field '{field}' is missing from the '{block}' item"));
        }
        // Only the body counts: a page header that repeats the learner's reference on every page is fine.
        foreach (var (field, count) in inventories[0].SingleFields)
            if (count > 1 && reference.SingleFields.ContainsKey(field))
                problems.Add(new(TemplateProblemKind.Duplicate, TagConvention.Field(field), $"the field '{field}' appears {count} times outside a repeating section; it must appear once"));
        return problems;
    }

    private static void CheckControl(SdtElement sdt, string tagText, string kind, List<TemplateProblem> problems)
    {
        if (tagText.Length > TagConvention.MaxTagLength)
            problems.Add(new(TemplateProblemKind.TooLong, tagText, $"the tag is {tagText.Length} characters long; Word allows {TagConvention.MaxTagLength}"));
        if (!tagText.StartsWith(TagConvention.Prefix, StringComparison.Ordinal)) return; // a centre's own controls are none of our business
        if (!TagConvention.TryParse(tagText, out var tag))
        {
            problems.Add(new(TemplateProblemKind.Unknown, tagText, "is not a valid cd1 tag (cd1:f:, cd1:s:, cd1:r:, cd1:i: or cd1:ac:)"));
            return;
        }
        var type = TagInventory.TypeOf(sdt);
        switch (tag.Kind)
        {
            case TagConvention.FieldKind:
                if (!KnownTags.Fields.Contains(tag.Value)) problems.Add(new(TemplateProblemKind.Unknown, tagText, $"'{tag.Value}' is not a known field name"));
                if (NotForFields.Contains(type)) problems.Add(new(TemplateProblemKind.WrongType, tagText, $"a field must be a text, rich text, date or list control, not '{type}'"));
                break;
            case TagConvention.SectionKind:
                if (!SectionNames.Exists(kind, tag.Value)) problems.Add(new(TemplateProblemKind.Unknown, tagText, $"'{tag.Value}' is not a section of {kind}"));
                if (NotForSections.Contains(type)) problems.Add(new(TemplateProblemKind.WrongType, tagText, $"a section must be a rich text control, not '{type}'"));
                break;
            case TagConvention.EvidenceKind:
                if (tag.Criteria.Count == 0 || tag.Criteria.Any(c => !CriterionRef().IsMatch(c)))
                    problems.Add(new(TemplateProblemKind.Unknown, tagText, "an evidence tag must list AC references such as 1.1,2.3"));
                if (NotForSections.Contains(type)) problems.Add(new(TemplateProblemKind.WrongType, tagText, $"an evidence tag must be a rich text control, not '{type}'"));
                break;
            case TagConvention.RepeatingSectionKind:
                if (!KnownTags.Blocks.Contains(tag.Value)) problems.Add(new(TemplateProblemKind.Unknown, tagText, $"'{tag.Value}' is not a known block name"));
                if (type != "repeatingSection") problems.Add(new(TemplateProblemKind.WrongType, tagText, $"must be a Word repeating section content control (w15:repeatingSection), not '{type}'"));
                break;
            case TagConvention.RepeatingItemKind:
                if (!KnownTags.Blocks.Contains(tag.Value)) problems.Add(new(TemplateProblemKind.Unknown, tagText, $"'{tag.Value}' is not a known block name"));
                if (type != "repeatingSectionItem") problems.Add(new(TemplateProblemKind.WrongType, tagText, $"must be a repeating section item (w15:repeatingSectionItem), not '{type}'"));
                var parent = sdt.Parent?.Parent as SdtElement;
                if (parent is null || ContentControls.TagOf(parent) != TagConvention.RepeatingSection(tag.Value))
                    problems.Add(new(TemplateProblemKind.WrongPlace, tagText, $"must be directly inside the repeating section {TagConvention.RepeatingSection(tag.Value)}"));
                break;
        }
    }

    private static TagInventory Merge(IEnumerable<TagInventory> parts)
    {
        var merged = new TagInventory();
        foreach (var part in parts)
        {
            merged.Controls.AddRange(part.Controls);
            foreach (var (field, count) in part.SingleFields) merged.SingleFields[field] = merged.SingleFields.GetValueOrDefault(field) + count;
            merged.Sections.UnionWith(part.Sections);
            merged.RepeatingSections.UnionWith(part.RepeatingSections);
            merged.AllFields.UnionWith(part.AllFields);
            foreach (var (block, fields) in part.ItemFields)
                if (merged.ItemFields.TryGetValue(block, out var have)) have.UnionWith(fields); else merged.ItemFields[block] = [.. fields];
        }
        return merged;
    }

    private static List<TemplateProblem> ValidateWorkbook(byte[] template)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(template, writable: false), false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var problems = new List<TemplateProblem>();
        var names = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>().Select(n => n.Name?.Value ?? "").ToList() ?? [];
        foreach (var name in names)
            if (SpreadsheetNames.TryParseField(name, out var field) && !KnownTags.Fields.Contains(field))
                problems.Add(new(TemplateProblemKind.Unknown, name, $"'{field}' is not a known field name"));
        string[] required = [FieldNames.LearnerName, FieldNames.RegistrationNumber, FieldNames.CentreName, FieldNames.CentreNumber, FieldNames.UnitId, FieldNames.UnitTitle];
        foreach (var field in required.Where(f => !names.Contains(SpreadsheetNames.Field(f))))
            problems.Add(new(TemplateProblemKind.Missing, SpreadsheetNames.Field(field), $"no cell is named {SpreadsheetNames.Field(field)} for the field '{field}'"));

        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == HoursLogLayout.SheetName);
        if (sheet?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart sheetPart)
        {
            problems.Add(new(TemplateProblemKind.Missing, HoursLogLayout.SheetName, $"the sheet '{HoursLogLayout.SheetName}' is missing"));
            return problems;
        }
        var headings = sheetPart.Worksheet.Descendants<Row>().FirstOrDefault(r => r.RowIndex?.Value == HoursLogLayout.HeaderRow)?
            .Elements<Cell>().Select(c => CellText(c, workbookPart)).ToHashSet() ?? [];
        foreach (var column in HoursLogLayout.Columns.Where(c => !headings.Contains(c)))
            problems.Add(new(TemplateProblemKind.Missing, column, $"row {HoursLogLayout.HeaderRow} has no column headed '{column}' (inline text)"));
        return problems;
    }

    /// <summary>A cell's text, inline or shared (Excel turns our inline strings into shared ones when a centre saves).</summary>
    private static string CellText(Cell cell, WorkbookPart workbookPart)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index))
            return workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().ElementAtOrDefault(index)?.InnerText.Trim() ?? "";
        return string.Concat(cell.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text)).Trim();
    }
}

public enum TemplateProblemKind { Unreadable, Missing, Unknown, Duplicate, TooLong, WrongType, WrongPlace }

/// <summary>One thing wrong with a template: what kind of problem, the tag (or name) concerned, and what to do, in words.</summary>
public sealed record TemplateProblem(TemplateProblemKind Kind, string Tag, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Tag) ? $"{Kind}: {Message}" : $"{Kind} {Tag}: {Message}";
}

public sealed record TemplateValidationResult(string Kind, IReadOnlyList<TemplateProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
