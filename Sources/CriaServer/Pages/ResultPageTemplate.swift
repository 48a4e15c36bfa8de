/// The result page's template (see `ResultPage` for the values it is given).
enum ResultPageTemplate {
    static let template = Page.template(
        """
        <p><a href="/">Check another document</a></p>
        <h1>{{title}}</h1>
        <dl class="meta">
        <dt>File</dt><dd>{{name}}</dd>
        <dt>Read as</dt><dd>{{format}}</dd>
        {{#hasDepartment}}<dt>Department</dt><dd>{{department}}</dd>{{/hasDepartment}}
        </dl>
        <p>{{relevance}}</p>
        <h2 id="summary">Summary</h2>
        <ul class="counts">
        {{#counts}}<li><strong>{{value}}</strong>{{label}}</li>{{/counts}}
        </ul>
        <p>Download this result: </p>
        <ul class="downloads">
        {{#formats}}<li><a href="/results/{{id}}/report/{{name}}" download>{{label}}</a></li>{{/formats}}
        <li><a href="/results/{{id}}/report.html" download>HTML report</a></li>
        <li><a href="/template.xml" download>The CRIA template (XML)</a></li>
        <li><a href="/template.json" download>The CRIA template (JSON)</a></li>
        </ul>
        {{#hasUnusedWaivers}}
        <div class="evidence"><p><strong>Waivers that matched nothing:</strong></p><ul>{{#unusedWaivers}}<li><a href="/rules/{{rule}}">{{rule}}</a>, by {{by}}: {{reason}}</li>{{/unusedWaivers}}</ul></div>
        {{/hasUnusedWaivers}}
        <h2 id="findings">Findings</h2>
        <form class="filters" method="get" action="/results/{{id}}#findings">
        <div><label for="outcome">Show</label><select id="outcome" name="outcome">{{#outcomes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/outcomes}}</select></div>
        <div><label for="severity">Severity</label><select id="severity" name="severity">{{#severities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severities}}</select></div>
        <div><button type="submit" class="button secondary">Apply</button></div>
        </form>
        <p role="status">Showing {{shownCount}} of {{total}} results.</p>
        {{^hasGroups}}<p>Nothing to show with this filter.</p>{{/hasGroups}}
        {{#groups}}
        <section aria-labelledby="{{id}}">
        <h3 id="{{id}}">{{heading}} ({{count}})</h3>
        {{#findings}}
        <article class="finding {{outcome}}" id="f{{number}}" aria-labelledby="f{{number}}-title">
        <h4 id="f{{number}}-title"><span class="tag {{outcome}}">{{outcomeLabel}}</span> {{title}}</h4>
        <p class="sev">Finding {{number}} · {{severity}} · <a href="{{ruleURL}}">{{rule}}</a> · {{articles}}</p>
        <p>{{message}}</p>
        {{#waiver}}<p><strong>Waived by {{by}}</strong> (it would be: {{was}}): {{reason}}</p>{{/waiver}}
        {{#hasGuidance}}<p><strong>What to do:</strong> {{guidance}}</p>{{/hasGuidance}}
        <p><strong>Where:</strong> {{place}}{{#hasLocation}}, {{location}}{{/hasLocation}}.{{#hasAnchor}} <a href="#{{anchor}}">Jump to it in your document<span class="skip"> (finding {{number}})</span></a>{{/hasAnchor}}</p>
        {{#hasEvidence}}
        <div class="evidence"><p><strong>What it rests on:</strong></p>
        {{#evidence}}<blockquote><p>{{text}}</p>{{#hasNote}}<p class="sev">{{note}}</p>{{/hasNote}}<p class="sev">{{location}}</p></blockquote>{{/evidence}}
        </div>
        {{/hasEvidence}}
        <p class="sev">Sources: {{references}}</p>
        </article>
        {{/findings}}
        </section>
        {{/groups}}
        <h2 id="document">Your document</h2>
        <p class="hint">The text as cria read it, section by section. Places that findings rest on are highlighted and link back to the finding.</p>
        <div class="doc-text">
        {{#parts}}
        {{#hasTitle}}<h{{level}} id="{{id}}">{{title}}{{#markers}} <a class="markers" href="#f{{number}}">[{{outcomeLabel}}: finding {{number}}]</a>{{/markers}}</h{{level}}>{{/hasTitle}}
        {{#paragraphs}}<p id="{{id}}"{{#marked}} class="marked"{{/marked}}>{{text}}{{#markers}} <a class="markers" href="#f{{number}}">[{{outcomeLabel}}: finding {{number}}]</a>{{/markers}}</p>
        {{/paragraphs}}
        {{/parts}}
        </div>
        """)
}
