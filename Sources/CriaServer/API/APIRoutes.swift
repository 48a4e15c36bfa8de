import CriaKit
import Foundation
import Hummingbird

/// The API for other tools: `POST /api/check` answers with the JSON contract of
/// `cria check --format json`; `GET /api/rules`, `GET /healthz`, `GET /openapi.json`.
struct APIRoutes {
    let checker: ServeChecker

    func add(to router: Router<BasicRequestContext>) {
        let checker = self.checker
        let settings = checker.settings

        router.post("/api/check") { request, _ -> Response in
            let body = try await BodyReader.read(request, limit: settings.maxUploadBytes)
            let upload = try UploadReader.apiDocument(
                contentType: request.headers[.contentType], body: body,
                name: request.uri.queryParameters["name"].map(String.init))
            do {
                let document = try await checker.checkOne(upload)
                return Responses.json(ServeReports.json([document.assessment], pack: checker.pack))
            } catch let error as InputError {
                // The same contract, with the document under `errors` and a located message.
                return Responses.json(ServeReports.json([], errors: [error], pack: checker.pack), status: .unprocessableContent)
            }
        }

        router.get("/api/rules") { _, _ -> Response in
            let rules = checker.pack.rules.map { rule -> [String: Any] in
                [
                    "id": rule.id, "title": rule.title, "articles": rule.articles, "severity": rule.severity.rawValue,
                    "references": rule.references, "message": rule.message.trimmingCharacters(in: .whitespacesAndNewlines),
                    "guidance": rule.guidance.trimmingCharacters(in: .whitespacesAndNewlines), "url": "/rules/\(rule.id)",
                ]
            }
            return Responses.json(try jsonText(["rules": rules]))
        }

        router.get("/healthz") { _, _ -> Response in
            Responses.json(
                try jsonText([
                    "status": "ok", "version": ToolInfo.version, "rules": checker.pack.rules.count,
                    "requestsInFlight": checker.inFlight.current - 1,
                ]))
        }

        router.get("/openapi.json") { _, _ in
            Responses.text(OpenAPIDocument.json(version: ToolInfo.version), contentType: "application/json; charset=utf-8")
        }
    }
}

private func jsonText(_ object: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}
