extension CRIATemplate {
    /// The XML Schema (XSD 1.0) that the XML template, blank or filled in, validates against.
    static let xmlSchema = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!--
          XML Schema for the cria child rights impact assessment template, version 1.
          It checks the shape of an assessment (which sections, in which order, which values);
          whether the content is good enough is what "cria check" tests. Empty values are allowed
          so that the blank template is valid too.
        -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">

          <xs:element name="ChildRightsImpactAssessment">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="DocumentDetails" type="DocumentDetails"/>
                <xs:element name="PolicySummary" type="Paragraphs"/>
                <xs:element name="Screening" type="Screening"/>
                <xs:element name="ChildrenAffected" type="Paragraphs"/>
                <xs:element name="Evidence" type="Evidence"/>
                <xs:element name="ChildrensViews" type="ChildrensViews"/>
                <xs:element name="RightsImpacts" type="RightsImpacts"/>
                <xs:element name="BestInterests" type="Paragraphs"/>
                <xs:element name="NonDiscrimination" type="NonDiscrimination"/>
                <xs:element name="Mitigation" type="Paragraphs"/>
                <xs:element name="OptionsConsidered" type="OptionsConsidered"/>
                <xs:element name="Resources" type="Paragraphs"/>
                <xs:element name="MonitoringAndEvaluation" type="MonitoringAndEvaluation"/>
                <xs:element name="ChildFriendlySummary" type="Paragraphs"/>
                <xs:element name="Publication" type="Paragraphs"/>
                <xs:element name="Conclusion" type="Conclusion"/>
              </xs:sequence>
              <xs:attribute name="templateVersion" type="xs:string" use="required"/>
            </xs:complexType>
          </xs:element>

          <!-- Values -->

          <xs:simpleType name="Empty">
            <xs:restriction base="xs:string"><xs:length value="0"/></xs:restriction>
          </xs:simpleType>

          <xs:simpleType name="OptionalDate">
            <xs:union memberTypes="xs:date Empty"/>
          </xs:simpleType>

          <xs:simpleType name="YesNo">
            <xs:restriction base="xs:token">
              <xs:enumeration value=""/>
              <xs:enumeration value="yes"/>
              <xs:enumeration value="no"/>
            </xs:restriction>
          </xs:simpleType>

          <xs:simpleType name="HowAffected">
            <xs:restriction base="xs:token">
              <xs:enumeration value=""/>
              <xs:enumeration value="directly"/>
              <xs:enumeration value="indirectly"/>
              <xs:enumeration value="both"/>
              <xs:enumeration value="not affected"/>
            </xs:restriction>
          </xs:simpleType>

          <xs:simpleType name="ImpactDirection">
            <xs:restriction base="xs:token">
              <xs:enumeration value=""/>
              <xs:enumeration value="positive"/>
              <xs:enumeration value="negative"/>
              <xs:enumeration value="neutral"/>
              <xs:enumeration value="mixed"/>
            </xs:restriction>
          </xs:simpleType>

          <xs:simpleType name="OverallImpact">
            <xs:restriction base="xs:token">
              <xs:enumeration value=""/>
              <xs:enumeration value="positive"/>
              <xs:enumeration value="negative"/>
              <xs:enumeration value="neutral"/>
              <xs:enumeration value="mixed"/>
              <xs:enumeration value="none"/>
            </xs:restriction>
          </xs:simpleType>

          <xs:simpleType name="Term">
            <xs:restriction base="xs:token">
              <xs:enumeration value=""/>
              <xs:enumeration value="short"/>
              <xs:enumeration value="long"/>
              <xs:enumeration value="both"/>
            </xs:restriction>
          </xs:simpleType>

          <xs:simpleType name="Article">
            <xs:restriction base="xs:positiveInteger">
              <xs:maxInclusive value="54"/>
            </xs:restriction>
          </xs:simpleType>

          <!-- Sections -->

          <xs:complexType name="DocumentDetails">
            <xs:sequence>
              <xs:element name="Title" type="xs:string"/>
              <xs:element name="Department" type="xs:string"/>
              <xs:element name="Directorate" type="xs:string" minOccurs="0"/>
              <xs:element name="Reference" type="xs:string"/>
              <xs:element name="Date" type="OptionalDate"/>
              <xs:element name="Status" type="xs:string" minOccurs="0"/>
              <xs:element name="SignedOffBy" type="xs:string"/>
              <xs:element name="SignOffDate" type="OptionalDate"/>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="Paragraphs">
            <xs:sequence>
              <xs:element name="Paragraph" type="xs:string" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="Screening">
            <xs:sequence>
              <xs:element name="AffectsChildren" type="YesNo"/>
              <xs:element name="HowAffected" type="HowAffected"/>
              <xs:element name="Reasoning" type="xs:string" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="Evidence">
            <xs:sequence>
              <xs:element name="Source" type="xs:string" maxOccurs="unbounded"/>
              <xs:element name="EvidenceGap" type="xs:string" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="ChildrensViews">
            <xs:sequence>
              <xs:element name="HowGathered" type="xs:string"/>
              <xs:element name="WhoTookPart" type="xs:string"/>
              <xs:element name="WhatChildrenSaid" type="xs:string"/>
              <xs:element name="WhatChanged" type="xs:string"/>
              <xs:element name="FeedbackToChildren" type="xs:string"/>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="RightsImpacts">
            <xs:sequence>
              <xs:element name="Impact" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="Title" type="xs:string"/>
                    <xs:element name="Reasons" type="xs:string"/>
                    <xs:element name="Mitigation" type="xs:string" minOccurs="0"/>
                  </xs:sequence>
                  <xs:attribute name="article" type="Article" use="required"/>
                  <xs:attribute name="impact" type="ImpactDirection" use="required"/>
                  <xs:attribute name="term" type="Term"/>
                  <xs:attribute name="direct" type="YesNo"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="NonDiscrimination">
            <xs:sequence>
              <xs:element name="Paragraph" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
              <xs:element name="Group" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:attribute name="name" type="xs:string" use="required"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="OptionsConsidered">
            <xs:sequence>
              <xs:element name="Option" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:attribute name="number" type="xs:string" use="required"/>
                      <xs:attribute name="title" type="xs:string" use="required"/>
                      <xs:attribute name="chosen" type="YesNo" use="required"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="MonitoringAndEvaluation">
            <xs:sequence>
              <xs:element name="Indicator" type="xs:string" maxOccurs="unbounded"/>
              <xs:element name="ReviewDate" type="OptionalDate"/>
              <xs:element name="Evaluation" type="xs:string"/>
            </xs:sequence>
          </xs:complexType>

          <xs:complexType name="Conclusion">
            <xs:sequence>
              <xs:element name="Paragraph" type="xs:string" maxOccurs="unbounded"/>
            </xs:sequence>
            <xs:attribute name="overallImpact" type="OverallImpact" use="required"/>
          </xs:complexType>
        </xs:schema>
        """#
}
