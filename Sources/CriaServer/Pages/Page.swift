import Mustache

/// An HTML page of the server: a body rendered from its Mustache template (which escapes
/// every value given with `{{ }}`) inside the common layout.
struct Page {
    let title: String
    let body: String

    init(title: String, template: MustacheTemplate, context: [String: Any]) {
        self.title = title
        body = template.render(context)
    }

    var html: String {
        Page.layout.render(["title": title, "body": body] as [String: Any])
    }

    static func template(_ text: String) -> MustacheTemplate {
        do { return try MustacheTemplate(string: text) } catch {
            fatalError("a page template does not parse: \(error)")
        }
    }

    /// `body` is HTML rendered from a template already, so it alone is inserted unescaped.
    static let layout = template(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} – cria</title>
        <link rel="stylesheet" href="/assets/cria.css">
        <script src="/assets/cria.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header class="top"><div class="wrap"><a href="/">cria</a><span>Child rights impact check</span></div></header>
        <main id="main" class="wrap" tabindex="-1">
        {{{body}}}
        </main>
        <footer class="wrap"><p>cria checks proposals against the UN Convention on the Rights of the Child. <a href="/rules">The rules it applies</a> · <a href="/openapi.json">API (OpenAPI)</a></p></footer>
        </body>
        </html>
        """)
}
