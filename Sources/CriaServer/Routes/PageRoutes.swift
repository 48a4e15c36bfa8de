import CriaKit
import Hummingbird

/// The pages people use: the upload form, the result of one document (or the batch report
/// of several), a kept result with its filters and downloads, and the rules.
struct PageRoutes {
    let checker: ServeChecker

    func add(to router: Router<BasicRequestContext>) {
        let checker = self.checker
        let settings = checker.settings

        router.get("/") { _, _ in
            Responses.html(UploadPage.html(maxUploadBytes: settings.maxUploadBytes, rules: checker.pack.rules.count))
        }

        router.post("/check") { request, _ -> Response in
            let body = try await BodyReader.read(request, limit: settings.maxUploadBytes)
            let form = try UploadReader.form(contentType: request.headers[.contentType], body: body)
            let uploads: [Upload]
            do {
                uploads = try UploadReader.documents(of: form)
            } catch let error as UploadError {
                return Responses.html(UploadPage.html(maxUploadBytes: settings.maxUploadBytes, rules: checker.pack.rules.count, problem: error.message), status: .init(code: error.status))
            }
            var documents: [Upload] = []
            var archived = false
            for upload in uploads {
                if let inner = try UploadArchive.documents(in: upload, maxDocumentBytes: settings.limits.maxFileBytes, maxTotalBytes: settings.maxUploadBytes * 5) {
                    documents += inner
                    archived = true
                } else {
                    documents.append(upload)
                }
            }
            if documents.count == 1 && !archived {
                let document = try await checker.checkOne(documents[0])
                return Responses.html(ResultPage.html(document, filter: ResultFilter(), pack: checker.pack))
            }
            return Responses.html(try await checker.batchReport(documents), csp: SecurityHeadersMiddleware<BasicRequestContext>.reportCSP)
        }

        router.get("/results/:id") { request, context -> Response in
            let document = try await kept(context, checker)
            let filter = ResultFilter(
                outcome: request.uri.queryParameters["outcome"].map(String.init),
                severity: request.uri.queryParameters["severity"].map(String.init))
            return Responses.html(ResultPage.html(document, filter: filter, pack: checker.pack))
        }

        // The same result in every format of `ReportFormats.registered`.
        router.get("/results/:id/report/:format") { _, context -> Response in
            let document = try await kept(context, checker)
            guard let name = context.parameters.get("format"), let format = ReportFormats.named(name) else {
                throw ServeError(status: .notFound, heading: "No such format", message: "The formats are \(ReportFormats.names).")
            }
            // An HTML report carries its own styles, which the pages' policy would block.
            let csp = format.mediaType.hasPrefix("text/html") ? SecurityHeadersMiddleware<BasicRequestContext>.reportCSP : nil
            return Responses.download(
                try ServeReports.render(format, [document.assessment], pack: checker.pack), contentType: format.mediaType,
                fileName: "cria-\(document.name).\(format.fileExtension)", csp: csp)
        }

        router.get("/results/:id/report.html") { _, context -> Response in
            let document = try await kept(context, checker)
            return Responses.download(
                try await checker.htmlReport(document), contentType: "text/html; charset=utf-8", fileName: "cria-\(document.name).html",
                csp: SecurityHeadersMiddleware<BasicRequestContext>.reportCSP)
        }

        router.get("/template.xml") { _, _ in
            Responses.download(CRIATemplate.template(.xml), contentType: "application/xml; charset=utf-8", fileName: "cria-template.xml")
        }
        router.get("/template.json") { _, _ in
            Responses.download(CRIATemplate.template(.json), contentType: "application/json; charset=utf-8", fileName: "cria-template.json")
        }

        router.get("/rules") { _, _ in Responses.html(RulePage.index(checker.pack.rules)) }
        router.get("/rules/:id") { _, context -> Response in
            guard let id = context.parameters.get("id"), let rule = checker.pack.pack.rule(id: id) else {
                throw ServeError(status: .notFound, heading: "No such rule", message: "There is no rule with that id. The list of rules is at /rules.")
            }
            return Responses.html(RulePage.html(rule))
        }

        router.get("/assets/cria.css") { _, _ in Responses.text(Stylesheet.css, contentType: "text/css; charset=utf-8") }
        router.get("/assets/cria.js") { _, _ in Responses.text(PageScript.javascript, contentType: "text/javascript; charset=utf-8") }
    }
}

private func kept(_ context: BasicRequestContext, _ checker: ServeChecker) async throws -> CheckedDocument {
    guard let id = context.parameters.get("id"), let document = await checker.store.document(id: id) else { throw ServeError.notKept }
    return document
}
