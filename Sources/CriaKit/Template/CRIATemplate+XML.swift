extension CRIATemplate {
    /// The XML template: every section of a good CRIA, with guidance as XML comments.
    static let xmlTemplate = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!--
          Child rights impact assessment (CRIA): the cria template, version 1.

          Fill in every element. Write in plain English, in full sentences, as you would for a
          published document: cria reads the prose, not these comments. Delete nothing: if a
          section does not apply, say why in one or two sentences.
          Check the draft with "cria check this-file.xml". The XML Schema (XSD) for this template
          is printed by "cria init" with the schema option set to xml; see the README.
          Sources: UNCRC; UN General Comments 5, 12 and 14; the Scottish CRWIA (stages 1-3);
          the Welsh CRIA "six steps to due regard"; the ENOC common framework (2020).
        -->
        <ChildRightsImpactAssessment templateVersion="1">

          <!-- Facts about this assessment. Dates as YYYY-MM-DD. -->
          <DocumentDetails>
            <Title></Title>
            <Department></Department>
            <Directorate></Directorate>
            <Reference></Reference>
            <Date></Date>
            <Status></Status>
            <SignedOffBy></SignedOffBy>
            <SignOffDate></SignOffDate>
          </DocumentDetails>

          <PolicySummary>
            <!-- What the proposal does, why, and when. Name the legislation or programme.
                 Two to five sentences a non-specialist can follow. -->
            <Paragraph></Paragraph>
          </PolicySummary>

          <Screening>
            <!-- Stage 1 (GC5 para 12). Does the proposal affect children and young people under 18,
                 directly or indirectly (for example through parents' income, housing, transport,
                 services or prison visiting)? Decisions not aimed at children often still affect
                 them. AffectsChildren: yes or no. HowAffected: directly, indirectly or both.
                 Reasoning: which children, and through what route. -->
            <AffectsChildren></AffectsChildren>
            <HowAffected></HowAffected>
            <Reasoning></Reasoning>
          </Screening>

          <ChildrenAffected>
            <!-- Which children, how many, of what ages and where. Give numbers with their source
                 and year. Say which groups are affected more, or differently (detail them under
                 NonDiscrimination). -->
            <Paragraph></Paragraph>
          </ChildrenAffected>

          <Evidence>
            <!-- The data and research you relied on, one Source each, disaggregated where you can
                 (age, sex, disability and SEND, ethnicity, poverty or free school meals, care status).
                 EvidenceGap: what you do not know, and what you will do to find out. -->
            <Source></Source>
            <EvidenceGap></EvidenceGap>
          </Evidence>

          <ChildrensViews>
            <!-- Article 12; GC12 paras 45 and 132-134. Views gathered from children and young people
                 themselves, not only from parents, schools or providers.
                 HowGathered: the method (workshops, surveys, youth councils, an easy-read version)
                 and when. WhoTookPart: how many children, their ages, and which seldom-heard groups
                 (disabled children, children in care, young carers...). WhatChildrenSaid: their main
                 points, in their words where you can. WhatChanged: what changed in the proposal as a
                 result, and where a view was not followed, why. FeedbackToChildren: how the children
                 were told what happened to their views. If children could not be asked, say why and
                 when they will be. -->
            <HowGathered></HowGathered>
            <WhoTookPart></WhoTookPart>
            <WhatChildrenSaid></WhatChildrenSaid>
            <WhatChanged></WhatChanged>
            <FeedbackToChildren></FeedbackToChildren>
          </ChildrensViews>

          <RightsImpacts>
            <!-- One Impact for each UNCRC article the proposal engages. The four general principles
                 (Articles 2, 3, 6 and 12) are always engaged and are listed already; add a row for
                 each other article (for example 23 disability, 24 health, 27 standard of living,
                 28 education, 31 play). article: the article number. impact: positive, negative,
                 neutral or mixed. term: short, long or both (short and long term). direct: yes or no.
                 Title: "Article N: the right", so readers see which right without the attribute.
                 Reasons: why the impact is what you say, with evidence. Mitigation: for a negative or
                 mixed impact, what reduces it (or why it is justified if nothing can). -->
            <Impact article="2" impact="" term="" direct="">
              <Title>Article 2: Non-discrimination</Title>
              <Reasons></Reasons>
              <Mitigation></Mitigation>
            </Impact>
            <Impact article="3" impact="" term="" direct="">
              <Title>Article 3: Best interests of the child</Title>
              <Reasons></Reasons>
              <Mitigation></Mitigation>
            </Impact>
            <Impact article="6" impact="" term="" direct="">
              <Title>Article 6: Life, survival and development</Title>
              <Reasons></Reasons>
              <Mitigation></Mitigation>
            </Impact>
            <Impact article="12" impact="" term="" direct="">
              <Title>Article 12: Respect for the views of the child</Title>
              <Reasons></Reasons>
              <Mitigation></Mitigation>
            </Impact>
          </RightsImpacts>

          <BestInterests>
            <!-- Article 3(1); GC14 paras 6 and 52-99. Assess what is in the best interests of the
                 children affected, then show how those interests were WEIGHED as a primary
                 consideration against other interests (cost, other people, public protection...):
                 what was given more or less weight, and why. Consider the GC14 elements: the child's
                 views, identity, family environment and relationships, care, protection and safety,
                 vulnerability, health and education. A one-line assertion is not an assessment. -->
            <Paragraph></Paragraph>
          </BestInterests>

          <NonDiscrimination>
            <!-- Article 2. For each group of children affected differently or disproportionately
                 (disabled children and SEND, children in care and care leavers, children in poverty,
                 young carers, minority ethnic, Gypsy, Roma and Traveller, refugee children, by age or
                 sex, rural children...), one Group: how it is affected, with data, and what you will
                 do about it. -->
            <Group name=""></Group>
          </NonDiscrimination>

          <Mitigation>
            <!-- For each negative impact named above: what reduces or offsets it (design changes,
                 exemptions, transitional protection, targeted support), who does it and by when. -->
            <Paragraph></Paragraph>
          </Mitigation>

          <OptionsConsidered>
            <!-- The options considered, including doing nothing, how each would affect children,
                 and why the chosen one best serves their interests (GC14 para 97).
                 number: 1, 2, 3... title: a short name ("Do nothing"). chosen: yes for the preferred
                 option, no for the others. -->
            <Option number="1" title="" chosen=""></Option>
            <Option number="2" title="" chosen=""></Option>
          </OptionsConsidered>

          <Resources>
            <!-- Article 4: the budget for the measures that affect children, where it comes from,
                 over what period, and whether it is enough. -->
            <Paragraph></Paragraph>
          </Resources>

          <MonitoringAndEvaluation>
            <!-- Indicators for the children affected (with a baseline, disaggregated by group), a
                 ReviewDate (YYYY-MM-DD), and the Evaluation: a child rights impact evaluation (CRIE)
                 after implementation, and how children will take part in it. -->
            <Indicator></Indicator>
            <ReviewDate></ReviewDate>
            <Evaluation></Evaluation>
          </MonitoringAndEvaluation>

          <ChildFriendlySummary>
            <!-- A short version for children and young people: what changes for them, what they
                 told you and what you did about it. Short sentences, "you" and "we". -->
            <Paragraph></Paragraph>
          </ChildFriendlySummary>

          <Publication>
            <!-- Where and when this assessment and the child-friendly summary will be published. -->
            <Paragraph></Paragraph>
          </Publication>

          <Conclusion overallImpact="">
            <!-- overallImpact: positive, negative, neutral, mixed or none. The overall judgement on
                 the impact on children's rights, the main reasons, the negative impacts that remain
                 and why they are justified. Sign-off is in DocumentDetails. -->
            <Paragraph></Paragraph>
          </Conclusion>
        </ChildRightsImpactAssessment>
        """#
}
