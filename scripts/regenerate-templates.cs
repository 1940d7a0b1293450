#:project ../functions/CoachingDocs.Core/CoachingDocs.Core.csproj
#:property PublishAot=false
// Rewrites the committed templates/*.docx|xlsx from TemplateBuilder (run after changing the builder; docs/templates.md).
// Run from the repository root: dotnet run scripts/regenerate-templates.cs
// The test TemplateFilesTests.Committed_templates_are_up_to_date_with_the_builder only compares; it never writes.
using CoachingDocs.Core.Templates;

var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath("scripts/regenerate-templates.cs")))!;
var folder = args.Length > 0 ? args[0] : Path.Combine(root, "templates");
foreach (var path in TemplateBuilder.WriteAll(folder))
    Console.WriteLine(path);
