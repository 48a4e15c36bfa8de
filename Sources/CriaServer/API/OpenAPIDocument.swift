/// The OpenAPI 3.1 description of the API, served at `/openapi.json`.
enum OpenAPIDocument {
    static func json(version: String) -> String {
        text.replacingOccurrences(of: "@VERSION@", with: version)
    }

    private static let text = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "cria",
            "version": "@VERSION@",
            "description": "Checks policy proposals for their impact on children against the UN Convention on the Rights of the Child. POST /api/check answers with the JSON contract of `cria check --format json`."
          },
          "paths": {
            "/api/check": {
              "post": {
                "summary": "Check one document",
                "description": "The document is sent as multipart/form-data in the field `file`, or as the raw request body with its own content type. Its format (DOCX, XML, JSON or HTML) is detected from its content. Nothing is written to disk.",
                "parameters": [
                  {"name": "name", "in": "query", "required": false, "description": "The name the document is reported under (raw bodies; default `document`).", "schema": {"type": "string"}}
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}, "required": ["file"]}},
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"schema": {"type": "string", "format": "binary"}},
                    "application/xml": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "object"}},
                    "text/html": {"schema": {"type": "string"}},
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                  }
                },
                "responses": {
                  "200": {"description": "The assessment", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckReport"}}}},
                  "400": {"description": "No document in the request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                  "413": {"description": "The upload is larger than the server's limit (20 MB unless set with --max-upload)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                  "415": {"description": "A form not sent as multipart/form-data", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                  "422": {"description": "The document cannot be read: the report has no documents and one located error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckReport"}}}},
                  "503": {"description": "The server is busy, or the check took longer than its time limit; see Retry-After", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            },
            "/api/rules": {
              "get": {
                "summary": "The rules of the loaded pack",
                "responses": {
                  "200": {"description": "Every rule", "content": {"application/json": {"schema": {"type": "object", "properties": {"rules": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}}, "required": ["rules"]}}}}
                }
              }
            },
            "/healthz": {
              "get": {
                "summary": "Liveness",
                "responses": {
                  "200": {"description": "The server is up and its rule pack loaded", "content": {"application/json": {"schema": {"type": "object", "properties": {"status": {"const": "ok"}, "version": {"type": "string"}, "rules": {"type": "integer"}, "requestsInFlight": {"type": "integer", "description": "Other requests being answered"}}, "required": ["status", "version", "rules"]}}}}
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Problem": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
              "Location": {"type": "object", "properties": {"line": {"type": "integer"}, "column": {"type": "integer"}, "path": {"type": "string"}}},
              "Rule": {
                "type": "object",
                "properties": {
                  "id": {"type": "string"}, "title": {"type": "string"}, "articles": {"type": "array", "items": {"type": "integer"}},
                  "severity": {"enum": ["error", "warning", "info"]}, "references": {"type": "array", "items": {"type": "string"}},
                  "message": {"type": "string"}, "guidance": {"type": "string"}, "url": {"type": "string"}
                },
                "required": ["id", "title", "articles", "severity"]
              },
              "Result": {
                "type": "object",
                "properties": {
                  "rule": {"type": "string"}, "title": {"type": "string"}, "articles": {"type": "array", "items": {"type": "integer"}},
                  "severity": {"enum": ["error", "warning", "info"]},
                  "outcome": {"enum": ["pass", "fail", "review", "notApplicable", "waived"]},
                  "message": {"type": "string"}, "location": {"$ref": "#/components/schemas/Location"},
                  "section": {"type": ["string", "null"]}, "fingerprint": {"type": "string"},
                  "evidence": {"type": "array", "items": {"type": "object", "properties": {"text": {"type": "string"}, "note": {"type": ["string", "null"]}, "location": {"$ref": "#/components/schemas/Location"}}}}
                },
                "required": ["rule", "outcome", "severity", "message"]
              },
              "CheckReport": {
                "type": "object",
                "description": "The JSON contract of `cria check --format json` (more fields may be added).",
                "properties": {
                  "tool": {"type": "object", "properties": {"name": {"type": "string"}, "version": {"type": "string"}, "rules": {"type": "string"}}},
                  "documents": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "file": {"type": "string"}, "format": {"type": "string"}, "title": {"type": ["string", "null"]},
                        "department": {"type": ["string", "null"]}, "relevance": {"enum": ["direct", "indirect", "none"]},
                        "sections": {"type": "integer"}, "words": {"type": "integer"},
                        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}}
                      }
                    }
                  },
                  "errors": {"type": "array", "items": {"type": "object", "properties": {"file": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}, "message": {"type": "string"}}, "required": ["file", "line", "column", "message"]}}
                },
                "required": ["tool", "documents", "errors"]
              }
            }
          }
        }
        """#
}
