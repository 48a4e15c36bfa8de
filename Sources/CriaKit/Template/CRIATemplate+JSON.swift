extension CRIATemplate {
    /// The JSON template: every section of a good CRIA, with guidance in `"_guidance"` members,
    /// which cria skips (`StructureVocabulary.isAnnotation`).
    static let jsonTemplate = #"""
        {
          "_guidance": "Child rights impact assessment (CRIA): the cria template, version 1. Fill in every \"text\" and every other empty value. Write in plain English, in full sentences, as you would for a published document. cria reads the prose; it skips every member whose name starts with an underscore, such as these \"_guidance\" notes, so you may keep or delete them. If a section does not apply, say why in one or two sentences rather than deleting it. Check the draft with \"cria check this-file.json\"; the JSON Schema is printed by \"cria init --schema json\". Sources: UNCRC; UN General Comments 5, 12 and 14; the Scottish CRWIA (stages 1-3); the Welsh CRIA six steps to due regard; the ENOC common framework (2020).",
          "templateVersion": 1,
          "documentDetails": {
            "_guidance": "Facts about this assessment. Dates as YYYY-MM-DD.",
            "title": "",
            "department": "",
            "directorate": "",
            "reference": "",
            "date": "",
            "status": "",
            "signedOffBy": "",
            "signOffDate": ""
          },
          "policySummary": {
            "_guidance": "What the proposal does, why, and when. Name the legislation or programme. Two to five sentences a non-specialist can follow.",
            "text": ""
          },
          "screening": {
            "_guidance": "Stage 1 (GC5 para 12). Does the proposal affect children and young people under 18, directly or indirectly (for example through parents' income, housing, transport, services or prison visiting)? Decisions not aimed at children often still affect them. affectsChildren: yes or no. howAffected: directly, indirectly or both. reasoning: which children, and through what route.",
            "affectsChildren": "",
            "howAffected": "",
            "reasoning": ""
          },
          "childrenAffected": {
            "_guidance": "Which children, how many, of what ages and where. Give numbers with their source and year. Say which groups are affected more, or differently (detail them under nonDiscrimination).",
            "text": ""
          },
          "evidence": {
            "_guidance": "The data and research you relied on, one entry in sources each, disaggregated where you can (age, sex, disability and SEND, ethnicity, poverty or free school meals, care status). evidenceGaps: what you do not know, and what you will do to find out.",
            "sources": [""],
            "evidenceGaps": [""]
          },
          "childrensViews": {
            "_guidance": "Article 12; GC12 paras 45 and 132-134. Views gathered from children and young people themselves, not only from parents, schools or providers. howGathered: the method (workshops, surveys, youth councils, an easy-read version) and when. whoTookPart: how many children, their ages, and which seldom-heard groups (disabled children, children in care, young carers...). whatChildrenSaid: their main points, in their words where you can. whatChanged: what changed in the proposal as a result, and where a view was not followed, why. feedbackToChildren: how the children were told what happened to their views. If children could not be asked, say why and when they will be.",
            "howGathered": "",
            "whoTookPart": "",
            "whatChildrenSaid": "",
            "whatChanged": "",
            "feedbackToChildren": ""
          },
          "rightsImpacts": {
            "_guidance": "One entry in articles for each UNCRC article the proposal engages. The four general principles (Articles 2, 3, 6 and 12) are always engaged and are listed already; add an entry for each other article (for example 23 disability, 24 health, 27 standard of living, 28 education, 31 play). article: the article number. title: \"Article N: the right\". impact: positive, negative, neutral or mixed. term: short, long or both (short and long term). direct: yes or no. reasons: why the impact is what you say, with evidence. mitigation: for a negative or mixed impact, what reduces it (or why it is justified if nothing can).",
            "articles": [
              { "article": 2, "title": "Article 2: Non-discrimination", "impact": "", "term": "", "direct": "", "reasons": "", "mitigation": "" },
              { "article": 3, "title": "Article 3: Best interests of the child", "impact": "", "term": "", "direct": "", "reasons": "", "mitigation": "" },
              { "article": 6, "title": "Article 6: Life, survival and development", "impact": "", "term": "", "direct": "", "reasons": "", "mitigation": "" },
              { "article": 12, "title": "Article 12: Respect for the views of the child", "impact": "", "term": "", "direct": "", "reasons": "", "mitigation": "" }
            ]
          },
          "bestInterests": {
            "_guidance": "Article 3(1); GC14 paras 6 and 52-99. Assess what is in the best interests of the children affected, then show how those interests were weighed as a primary consideration against other interests (cost, other people, public protection...): what was given more or less weight, and why. Consider the GC14 elements: the child's views, identity, family environment and relationships, care, protection and safety, vulnerability, health and education. A one-line assertion is not an assessment.",
            "text": ""
          },
          "nonDiscrimination": {
            "_guidance": "Article 2. For each group of children affected differently or disproportionately (disabled children and SEND, children in care and care leavers, children in poverty, young carers, minority ethnic, Gypsy, Roma and Traveller, refugee children, by age or sex, rural children...), one entry in groups: its name, and in text how it is affected, with data, and what you will do about it.",
            "groups": [
              { "name": "", "text": "" }
            ]
          },
          "mitigation": {
            "_guidance": "For each negative impact named above: what reduces or offsets it (design changes, exemptions, transitional protection, targeted support), who does it and by when.",
            "text": ""
          },
          "optionsConsidered": {
            "_guidance": "The options considered, including doing nothing, how each would affect children, and why the chosen one best serves their interests (GC14 para 97). title: a short name (\"Option 1: do nothing\"). chosen: yes for the preferred option, no for the others.",
            "options": [
              { "title": "", "chosen": "", "text": "" },
              { "title": "", "chosen": "", "text": "" }
            ]
          },
          "resources": {
            "_guidance": "Article 4: the budget for the measures that affect children, where it comes from, over what period, and whether it is enough.",
            "text": ""
          },
          "monitoringAndEvaluation": {
            "_guidance": "indicators for the children affected (with a baseline, disaggregated by group), a reviewDate (YYYY-MM-DD), and the evaluation: a child rights impact evaluation (CRIE) after implementation, and how children will take part in it.",
            "indicators": [""],
            "reviewDate": "",
            "evaluation": ""
          },
          "childFriendlySummary": {
            "_guidance": "A short version for children and young people: what changes for them, what they told you and what you did about it. Short sentences, \"you\" and \"we\".",
            "text": ""
          },
          "publication": {
            "_guidance": "Where and when this assessment and the child-friendly summary will be published.",
            "text": ""
          },
          "conclusion": {
            "_guidance": "overallImpact: positive, negative, neutral, mixed or none. In text: the overall judgement on the impact on children's rights, the main reasons, the negative impacts that remain and why they are justified. Sign-off is in documentDetails.",
            "overallImpact": "",
            "text": ""
          }
        }
        """#
}
