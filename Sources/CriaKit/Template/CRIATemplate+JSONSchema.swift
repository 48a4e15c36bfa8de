extension CRIATemplate {
    /// The JSON Schema (draft 2020-12) that the JSON template, blank or filled in, validates against.
    static let jsonSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "urn:cria:template:child-rights-impact-assessment:1",
          "title": "cria child rights impact assessment template, version 1",
          "description": "The shape of an assessment written from the cria JSON template: which sections, which members, which values. Whether the content is good enough is what cria check tests. Empty strings are allowed so that the blank template is valid too. Members whose names start with an underscore are notes (strings), skipped by cria; no other members are allowed.",
          "type": "object",
          "required": [
            "templateVersion", "documentDetails", "policySummary", "screening", "childrenAffected", "evidence",
            "childrensViews", "rightsImpacts", "bestInterests", "nonDiscrimination", "mitigation",
            "optionsConsidered", "resources", "monitoringAndEvaluation", "childFriendlySummary",
            "publication", "conclusion"
          ],
          "properties": {
            "templateVersion": { "const": 1 },
            "documentDetails": {
              "type": "object",
              "required": ["title", "department", "reference", "date", "signedOffBy", "signOffDate"],
              "properties": {
                "title": { "type": "string" },
                "department": { "type": "string" },
                "directorate": { "type": "string" },
                "reference": { "type": "string" },
                "date": { "$ref": "#/$defs/optionalDate" },
                "status": { "type": "string" },
                "signedOffBy": { "type": "string" },
                "signOffDate": { "$ref": "#/$defs/optionalDate" }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "policySummary": { "$ref": "#/$defs/textSection" },
            "screening": {
              "type": "object",
              "required": ["affectsChildren", "howAffected", "reasoning"],
              "properties": {
                "affectsChildren": { "$ref": "#/$defs/yesNo" },
                "howAffected": { "enum": ["", "directly", "indirectly", "both", "not affected"] },
                "reasoning": { "type": "string" }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "childrenAffected": { "$ref": "#/$defs/textSection" },
            "evidence": {
              "type": "object",
              "required": ["sources", "evidenceGaps"],
              "properties": {
                "sources": { "$ref": "#/$defs/strings" },
                "evidenceGaps": { "$ref": "#/$defs/strings" }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "childrensViews": {
              "type": "object",
              "required": ["howGathered", "whoTookPart", "whatChildrenSaid", "whatChanged", "feedbackToChildren"],
              "properties": {
                "howGathered": { "type": "string" },
                "whoTookPart": { "type": "string" },
                "whatChildrenSaid": { "type": "string" },
                "whatChanged": { "type": "string" },
                "feedbackToChildren": { "type": "string" }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "rightsImpacts": {
              "type": "object",
              "required": ["articles"],
              "properties": {
                "articles": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "object",
                    "required": ["article", "title", "impact", "reasons"],
                    "properties": {
                      "article": { "type": "integer", "minimum": 1, "maximum": 54 },
                      "title": { "type": "string" },
                      "impact": { "enum": ["", "positive", "negative", "neutral", "mixed"] },
                      "term": { "enum": ["", "short", "long", "both"] },
                      "direct": { "$ref": "#/$defs/yesNo" },
                      "reasons": { "type": "string" },
                      "mitigation": { "type": "string" }
                    },
                    "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
                  }
                }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "bestInterests": { "$ref": "#/$defs/textSection" },
            "nonDiscrimination": {
              "type": "object",
              "required": ["groups"],
              "properties": {
                "text": { "type": "string" },
                "groups": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "object",
                    "required": ["name", "text"],
                    "properties": { "name": { "type": "string" }, "text": { "type": "string" } },
                    "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
                  }
                }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "mitigation": { "$ref": "#/$defs/textSection" },
            "optionsConsidered": {
              "type": "object",
              "required": ["options"],
              "properties": {
                "options": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "object",
                    "required": ["title", "chosen", "text"],
                    "properties": {
                      "title": { "type": "string" },
                      "chosen": { "$ref": "#/$defs/yesNo" },
                      "text": { "type": "string" }
                    },
                    "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
                  }
                }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "resources": { "$ref": "#/$defs/textSection" },
            "monitoringAndEvaluation": {
              "type": "object",
              "required": ["indicators", "reviewDate", "evaluation"],
              "properties": {
                "indicators": { "$ref": "#/$defs/strings" },
                "reviewDate": { "$ref": "#/$defs/optionalDate" },
                "evaluation": { "type": "string" }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "childFriendlySummary": { "$ref": "#/$defs/textSection" },
            "publication": { "$ref": "#/$defs/textSection" },
            "conclusion": {
              "type": "object",
              "required": ["overallImpact", "text"],
              "properties": {
                "overallImpact": { "enum": ["", "positive", "negative", "neutral", "mixed", "none"] },
                "text": { "type": "string" }
              },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            }
          },
          "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false,
          "$defs": {
            "textSection": {
              "type": "object",
              "required": ["text"],
              "properties": { "text": { "type": "string" } },
              "patternProperties": { "^_": { "type": "string" } },
              "additionalProperties": false
            },
            "strings": { "type": "array", "minItems": 1, "items": { "type": "string" } },
            "yesNo": { "enum": ["", "yes", "no"] },
            "optionalDate": {
              "type": "string",
              "anyOf": [{ "const": "" }, { "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }]
            }
          }
        }
        """#
}
