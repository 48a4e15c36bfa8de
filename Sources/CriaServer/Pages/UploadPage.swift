/// `/`: the upload form. It posts to `/check` as multipart/form-data and needs no script.
enum UploadPage {
    static func html(maxUploadBytes: Int, rules: Int, problem: String? = nil) -> String {
        Page(
            title: "Check a proposal", template: template,
            context: [
                "limit": ByteSize.describe(maxUploadBytes),
                "rules": rules,
                "problem": problem ?? "",
                "hasProblem": problem != nil,
            ]
        ).html
    }

    static let template = Page.template(
        """
        <h1>Check a proposal for its impact on children</h1>
        <p class="lead">Upload your draft proposal or child rights impact assessment. cria reads it and tells you, in plain words, what it still lacks and where, against {{rules}} checks drawn from the UN Convention on the Rights of the Child.</p>
        {{#hasProblem}}<div class="error-summary" role="alert"><h2>There is a problem</h2><p>{{problem}}</p></div>{{/hasProblem}}
        <form method="post" action="/check" enctype="multipart/form-data">
        <div class="field">
        <label for="file">Your document</label>
        <p class="hint" id="file-hint">Word (.docx), XML, JSON or HTML, up to {{limit}}. Choose several files, or one ZIP of them, for a report across all of them. You can also drag files onto the box.</p>
        <div class="drop" data-drop><input type="file" id="file" name="file" multiple accept=".docx,.xml,.json,.html,.htm,.zip" aria-describedby="file-hint"></div>
        </div>
        <div class="field">
        <label for="text">Or paste the text of your document</label>
        <p class="hint" id="text-hint">Put each heading on a line of its own, with a blank line between paragraphs.</p>
        <textarea id="text" name="text" rows="8" aria-describedby="text-hint"></textarea>
        </div>
        <button type="submit" class="button">Check the document</button>
        </form>
        <h2>What happens to your document</h2>
        <p>It is checked on this server and never stored on disk. The result is kept in memory for a while so that you can filter it and download it, and is then forgotten.</p>
        <h2>What you get</h2>
        <p>Each check has one of four outcomes: <strong>fail</strong> (something is missing), <strong>review</strong> (it is there but thin: a person must judge), <strong>pass</strong>, or <strong>not applicable</strong>. Findings are grouped by the four general principles of the Convention (Articles 2, 3, 6 and 12) and then by article, and each points to the place in your document it rests on.</p>
        """)
}
