using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// The learner's name, registration number and centre as the learner's own documents give them, for the auto-checked
/// result sheet and evidence matrix the user asked for: kept apart from the check report on purpose, so these personal
/// details go into the Word views of this one answer and nowhere else (not the JSON report, the tracker, or any log).
/// Reads the generator's tagged fields first, then the ILM layouts' label cells ("Learner Name", "Name of Coach",
/// "Learner Registration No.") and "Label: value" lines. A value is taken only when it is plain text a person typed:
/// placeholders, labels and anything the learner-detail rules refuse are left out, so the field stays empty instead.
/// </summary>
public static class LearnerDetailsReader
{
    private const int MaxValueLength = 100;

    private static readonly (string Field, string[] Labels)[] Labels =
    [
        (FieldNames.LearnerName, ["learnername", "nameoflearner", "nameofcoach", "coachname", "coachsname", "learnersname", "nameofcandidate", "candidatename"]),
        (FieldNames.RegistrationNumber, ["learnerregistrationno", "learnerregistrationnumber", "registrationno", "registrationnumber", "ilmregistrationnumber", "ilmregistrationno", "regno"]),
        (FieldNames.CentreName, ["centrename", "nameofcentre", "centre"]),
        (FieldNames.CentreNumber, ["centrenumber", "centreno", "ilmcentrenumber"]),
    ];

    private static readonly HashSet<string> AnyLabel = [.. Labels.SelectMany(l => l.Labels)];

    /// <summary>
    /// The details from the files a check was given, read again from the start (each opened through
    /// <see cref="SafePackageOpener"/> again); a file that cannot be rewound or opened is simply not used here, since the
    /// check itself reports it.
    /// </summary>
    public static LearnerDetails Read(IEnumerable<UploadedFile> files, UploadLimits? limits = null) =>
        Read(files.Select(file => Open(file, limits ?? UploadLimits.Default)).OfType<SafePackage>());

    private static SafePackage? Open(UploadedFile file, UploadLimits limits)
    {
        if (!file.Content.CanSeek) return null;
        file.Content.Position = 0;
        try
        {
            return SafePackageOpener.Open(file.Content, file.FileName, limits);
        }
        // Stryker disable once Block : the block's one statement returns null, which is what an emptied block returns too
        catch (UploadRejectedException)
        {
            return null;
        }
    }

    /// <summary>The first value each field has, in file order; a file that cannot be read is simply not used here (the check reports it).</summary>
    public static LearnerDetails Read(IEnumerable<SafePackage> packages)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var package in packages.Where(p => p.Format == PackageFormat.Word))
        {
            try
            {
                using var document = package.OpenWord();
                if (document.MainDocumentPart?.Document?.Body is not { } body) continue;
                foreach (var (field, value) in Tagged(body).Concat(Labelled(body)))
                    found.TryAdd(field, value);
            }
            catch (Exception ex) when (ex is System.Xml.XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or FormatException)
            {
                // Not this reader's to report: the check itself reads every file and says which could not be read.
            }
            if (found.Count == Labels.Length) break;
        }
        return new LearnerDetails
        {
            Name = found.GetValueOrDefault(FieldNames.LearnerName, ""),
            RegistrationNumber = found.GetValueOrDefault(FieldNames.RegistrationNumber, ""),
            CentreName = found.GetValueOrDefault(FieldNames.CentreName, ""),
            CentreNumber = found.GetValueOrDefault(FieldNames.CentreNumber, ""),
        };
    }

    /// <summary>The generator's fields (field:learnerName ...), unless still showing their placeholder.</summary>
    private static IEnumerable<(string Field, string Value)> Tagged(Body body)
    {
        foreach (var (field, _) in Labels)
            foreach (var control in ContentControls.WithTag(body, TagConvention.Field(field)))
            {
                if (control.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null) continue;
                if (Acceptable(field, ContentControls.TextOf(control)) is { } value) yield return (field, value);
            }
    }

    /// <summary>A label cell and the cell after it in the same row, or a paragraph "Label: value".</summary>
    private static IEnumerable<(string Field, string Value)> Labelled(Body body)
    {
        foreach (var row in body.Descendants<TableRow>())
        {
            var cells = row.Elements<TableCell>().Concat(row.Elements<SdtCell>().SelectMany(s => s.Descendants<TableCell>())).ToList();
            for (var i = 0; i + 1 < cells.Count; i++)
                if (FieldOfLabel(TextOf(cells[i])) is { } field && Acceptable(field, TextOf(cells[i + 1])) is { } value)
                    yield return (field, value);
        }
        foreach (var paragraph in body.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().FirstOrDefault() is null))
        {
            var text = TextOf(paragraph);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            // Stryker disable once Equality : "colon >= 0" also tries a line starting with ":", whose empty label names no field
            if (colon > 0 && FieldOfLabel(text[..colon]) is { } field && Acceptable(field, text[(colon + 1)..]) is { } value)
                yield return (field, value);
        }
    }

    private static string? FieldOfLabel(string label)
    {
        var key = Normalise(label);
        foreach (var (field, labels) in Labels)
            if (labels.Contains(key)) return field;
        return null;
    }

    // "Learner Registration No.:" -> "learnerregistrationno"; "Coach's name" -> "coachsname".
    private static string Normalise(string label) => new([.. label.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>The value if a person could have typed it for this field: not empty, not another label, within the learner-detail rules.</summary>
    private static string? Acceptable(string field, string raw)
    {
        var value = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value.Length is 0 or > MaxValueLength || AnyLabel.Contains(Normalise(value)) || !value.Any(char.IsLetterOrDigit)) return null;
        if (value.StartsWith("Click or tap", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Enter ", StringComparison.OrdinalIgnoreCase)) return null;
        var maxLength = field is FieldNames.RegistrationNumber or FieldNames.CentreNumber ? 40 : MaxValueLength;
        // Stryker disable once Boolean : an empty value has been refused above, so "required" changes nothing here
        return TextFieldRules.Check(field, value, required: true, maxLength) is null ? value : null;
    }

    // Text as Word shows it with tracked changes accepted: w:t (inserted text included), never w:delText, and a text
    // box's fallback copy skipped so its words are not read twice.
    private static string TextOf(OpenXmlElement element) => string.Concat(element.Descendants<Text>()
        .Where(t => t.Ancestors<DocumentFormat.OpenXml.AlternateContentFallback>().FirstOrDefault() is null)
        .Select(t => t.Text));
}
