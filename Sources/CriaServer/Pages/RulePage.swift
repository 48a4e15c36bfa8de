import CriaKit
import Foundation

/// `/rules/ID`: what `cria explain ID` shows; `/rules`: every rule of the pack.
enum RulePage {
    static func html(_ rule: Rule) -> String {
        Page(
            title: rule.id, template: template,
            context: [
                "id": rule.id,
                "title": rule.title,
                "severity": rule.severity.rawValue,
                "articles": rule.articles.map { UNCRCArticles.label($0) }.joined(separator: ", "),
                "references": rule.references,
                "definedAt": "\((rule.file as NSString).lastPathComponent):\(rule.location.line):\(rule.location.column)",
                "message": rule.message.trimmingCharacters(in: .whitespacesAndNewlines),
                "guidance": rule.guidance.trimmingCharacters(in: .whitespacesAndNewlines),
                "examples": [("fails", rule.examples.fail), ("passes", rule.examples.pass), ("needs review", rule.examples.review)]
                    .flatMap { kind, texts in texts.map { ["kind": kind, "text": $0] } },
            ]
        ).html
    }

    static let template = Page.template(
        """
        <p><a href="/rules">All rules</a></p>
        <h1>{{title}}</h1>
        <dl class="meta">
        <dt>Rule</dt><dd><code>{{id}}</code></dd>
        <dt>Severity</dt><dd>{{severity}}</dd>
        <dt>Articles</dt><dd>{{articles}}</dd>
        <dt>Defined at</dt><dd><code>{{definedAt}}</code></dd>
        </dl>
        <h2>When it fails</h2>
        <p>{{message}}</p>
        <h2>Guidance</h2>
        <p>{{guidance}}</p>
        <h2>Sources</h2>
        <ul>{{#references}}<li>{{.}}</li>{{/references}}</ul>
        <h2>Examples</h2>
        {{#examples}}<h3>An example that {{kind}}</h3><pre>{{text}}</pre>{{/examples}}
        """)

    static func index(_ rules: [Rule]) -> String {
        Page(
            title: "Rules", template: indexTemplate,
            context: [
                "count": rules.count,
                "rules": rules.map { rule -> [String: Any] in
                    [
                        "id": rule.id, "title": rule.title, "severity": rule.severity.rawValue,
                        "articles": rule.articles.map { "Art \($0)" }.joined(separator: ", "),
                    ]
                },
            ]
        ).html
    }

    static let indexTemplate = Page.template(
        """
        <h1>The rules cria applies</h1>
        <p>{{count}} rules, each drawn from the UN Convention on the Rights of the Child and the guidance on child rights impact assessment.</p>
        <table>
        <caption class="skip">Every rule, with its severity and articles</caption>
        <thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Articles</th></tr></thead>
        <tbody>
        {{#rules}}<tr><td><a href="/rules/{{id}}">{{title}}</a><br><code>{{id}}</code></td><td>{{severity}}</td><td>{{articles}}</td></tr>
        {{/rules}}
        </tbody>
        </table>
        """)
}
