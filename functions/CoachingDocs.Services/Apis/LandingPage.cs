using System.Text;
using System.Text.Encodings.Web;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Apis;

/// <summary>Writes the landing page: semantic HTML with no scripts, readable without styles and by screen readers.</summary>
public static class LandingPage
{
    public static string Render(QualificationCatalogue catalogue)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>CoachingDocs service</title>
            <style>
            body{font-family:system-ui,"Segoe UI",sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}
            a{color:#0b57d0}a:focus{outline:3px solid #f9a825;outline-offset:2px}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}
            code{background:#f1f1f1;padding:0 .2rem}
            </style>
            </head>
            <body>
            <header><h1>CoachingDocs</h1>
            <p>This service makes the documents of the ILM coaching and mentoring qualifications — coaching diaries, reflective logs,
            client feedback forms, supervision records, development plans, evidence matrices, result sheets and hour logs — as Word and
            Excel files personalised for each learner and unit, singly or as a pack.</p></header>
            <main>
            <h2>Use it</h2>
            <ul>
            <li><a href="/api/qualifications">Qualifications</a> and <a href="/api/units">units</a> in the catalogue (JSON)</li>
            <li><a href="/openapi/v1.json">OpenAPI description</a> of every endpoint</li>
            <li>Generate a document: <code>POST /api/documents/{kind}</code> with the learner's details as JSON</li>
            <li>Generate a pack (zip): <code>POST /api/packs/units/{unitId}</code> or <code>POST /api/packs/qualifications/{qualificationId}</code></li>
            </ul>
            <p>For example, a coaching diary for unit 8585-302:</p>
            <pre><code>curl -X POST http://localhost:7071/api/documents/coaching-diary \
              -H "Content-Type: application/json" -o diary.docx \
              -d '{"unit": "8585-302", "name": "Jo Learner", "registrationNumber": "R123456",
                   "centreName": "North Centre", "centreNumber": "12345", "clientRefs": ["Client A", "Client B"]}'</code></pre>
            """);
        html.Append("<h2>Qualifications</h2>\n<ul>\n");
        foreach (var q in catalogue.Qualifications)
            html.Append($"<li><a href=\"/api/qualifications/{Url(q.Id)}\">{Text(q.Title)}</a> ({Text(q.Id)})</li>\n");
        html.Append("</ul>\n<h2>Units and example downloads</h2>\n");
        html.Append("<p>Each example is made for a fictional learner, Alex Example.</p>\n");
        html.Append("<table>\n<caption>Units, with example documents</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Unit</th><th scope=\"col\">Title</th><th scope=\"col\">Example downloads</th></tr></thead>\n<tbody>\n");
        foreach (var unit in catalogue.Units)
        {
            html.Append($"<tr><th scope=\"row\"><a href=\"/api/units/{Url(unit.Id)}\">{Text(unit.Id)}</a></th><td>{Text(unit.Title)}</td><td>");
            html.Append($"<a href=\"/api/examples/units/{Url(unit.Id)}/pack\">Unit pack (zip)</a>");
            foreach (var kind in unit.DocumentKinds)
                html.Append($", <a href=\"/api/examples/units/{Url(unit.Id)}/documents/{Url(kind)}\">{Text(kind)}</a>");
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Text(string value) => HtmlEncoder.Default.Encode(value);

    private static string Url(string value) => UrlEncoder.Default.Encode(value);
}
