/// A page for a request that could not be answered with a result: what went wrong, in one
/// line, and the way back.
enum ErrorPage {
    static func html(status: Int, heading: String, message: String) -> String {
        Page(title: heading, template: template, context: ["status": status, "heading": heading, "message": message]).html
    }

    static let template = Page.template(
        """
        <div class="error-summary" role="alert">
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        </div>
        <p><a href="/">Check a document</a></p>
        """)
}
