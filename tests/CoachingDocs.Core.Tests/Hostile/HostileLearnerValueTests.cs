using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;
using CoachingDocs.Core.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>
/// Issue 9: U+FFFF in a learner field once went raw into document.xml and gave files nothing could open. Every value
/// is either refused naming the field, or every document generated from it validates and reopens.
/// </summary>
public class HostileLearnerValueTests
{
    private static readonly DocumentGenerator Generator = new(SampleCatalogue.Catalogue, TemplateStore.BuiltIn);

    /// <summary>Values XML cannot hold, or that are not text at all (looked up by name: test-case serialisation would mend a lone surrogate).</summary>
    private static readonly Dictionary<string, string> IllegalValues = new()
    {
        ["U+FFFF"] = "Ann\uFFFF", ["U+FFFE"] = "\uFFFEAnn", ["lone high surrogate"] = "Ann\uD800", ["lone low surrogate"] = "\uDC00Ann",
        ["U+FDD0"] = "An\uFDD0n", ["U+1FFFF"] = "Ann" + char.ConvertFromUtf32(0x1FFFF), ["NUL"] = "An\0n", ["vertical tab"] = "An\vn",
    };

    public static TheoryData<string> Illegal => new(IllegalValues.Keys);

    /// <summary>Odd but legal: markup characters, astral letters, right-to-left and combining marks, a CDATA end.</summary>
    public static TheoryData<string> Legal => new()
    {
        "Zoë Brontë <b>&amp; ]]>", "𝒜𝓃𝓃 😀 𠜎", "\u202Eannie\u202C", "A\u0301\u0308nn", "\uFFFD replacement", "'\"quoted\"'",
    };

    [Theory]
    [MemberData(nameof(Illegal))]
    public void An_illegal_code_point_is_refused_naming_the_field(string what)
    {
        var value = IllegalValues[what];
        foreach (var (field, learner) in EveryField(value))
        {
            var problems = LearnerDetailsValidator.Validate(learner);
            var problem = Assert.Single(problems, p => p.Field == field);
            // C0 controls (NUL, vertical tab) are refused as control characters; the rest as characters XML cannot carry.
            var expected = value.Any(c => c < ' ') ? "control characters" : "cannot be stored";
            Assert.True(problem.Message.Contains(expected, StringComparison.Ordinal), $"{what} in {field}: {problem.Message}");
        }
    }

    [Theory]
    [MemberData(nameof(Legal))]
    public void Every_document_generated_from_a_legal_odd_value_validates_and_reopens(string value)
    {
        const string unitId = "8585-302";
        var unit = SampleCatalogue.Catalogue.FindUnit(unitId)!;
        var learner = Learners.Sample() with { Name = value, CentreName = value, AssessorName = value, ClientRefs = [value] };
        Assert.Empty(LearnerDetailsValidator.Validate(learner));
        foreach (var kind in unit.DocumentKinds)
        {
            using var output = new MemoryStream();
            Generator.Generate(new DocumentRequest(kind, unitId, null, learner), output);
            output.Position = 0;
            var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
            using OpenXmlPackage package = kind == DocumentKinds.HoursLog ? SpreadsheetDocument.Open(output, false) : WordprocessingDocument.Open(output, false);
            Assert.Empty(validator.Validate(package).Select(e => $"{kind}: {e.Path?.XPath}: {e.Description}"));
            var text = package is WordprocessingDocument word ? word.MainDocumentPart!.Document.InnerText : "";
            if (kind != DocumentKinds.HoursLog && kind != DocumentKinds.ResultSheet) Assert.Contains(value, text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Field, LearnerDetails Learner)> EveryField(string value)
    {
        var good = Learners.Sample();
        yield return ("name", good with { Name = value });
        yield return ("centreName", good with { CentreName = value });
        yield return ("assessorName", good with { AssessorName = value });
        yield return ("registrationNumber", good with { RegistrationNumber = value });
        yield return ("centreNumber", good with { CentreNumber = value });
        yield return ("clientRefs[0]", good with { ClientRefs = [value] });
    }
}
