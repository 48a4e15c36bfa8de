/// Mustache templates of the HTML batch report. `{{x}}` is HTML-escaped; the page is one
/// self-contained file: inline CSS, inline SVG, no scripts, no external requests.
enum BatchHTMLTemplates {
    static let start = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="{{tool}} {{version}}">
        <title>Child rights impact: batch report</title>
        <style>
        :root { --ink: #1a1a1a; --muted: #4d4d4d; --line: #c8c8c8; --accent: #1d4f91; --fail: #a4161a; --review: #8a5300; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        h1 { font-size: 1.75rem; margin: .5rem 0; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; overflow-wrap: anywhere; }
        p.lede, p.note, .meta { color: var(--muted); }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
        .scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
        table { border-collapse: collapse; min-width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #eef2f7; }
        th[scope="row"] { min-width: 9rem; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        thead th { vertical-align: bottom; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; margin: .5rem 0 1rem; padding: 0; list-style: none; }
        .cards li { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .75rem; }
        .cards strong { display: block; font-size: 1.6rem; line-height: 1.2; }
        .badge { display: inline-block; padding: 0 .4rem; border-radius: .3rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
        .badge.fail { color: var(--fail); }
        .badge.review { color: var(--review); }
        .heat-box { max-height: 75vh; overflow: auto; border: 1px solid var(--line); }
        .heat { min-width: 0; }
        .heat thead th { position: sticky; top: 0; z-index: 2; min-width: 7.5rem; max-width: 11rem; white-space: normal; font-size: .9em; }
        .heat th[scope="row"] { position: sticky; left: 0; z-index: 1; background: #fff; min-width: 8rem; max-width: 12rem; }
        .heat thead th:first-child { left: 0; z-index: 3; }
        .heat td.cell { white-space: nowrap; text-align: center; min-width: 7.5rem; }
        nav.contents ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .25rem 0 1rem; }
        ol.findings { padding-left: 1.5rem; }
        ol.findings li { margin: .5rem 0 .9rem; }
        ol.findings p { margin: .1rem 0; }
        ol.findings li li { margin: .1rem 0; }
        .where { color: var(--muted); font-size: .92em; overflow-wrap: anywhere; }
        .warning { border-left: 4px solid var(--fail); padding: .25rem .75rem; background: #fbeaea; }
        a { color: var(--accent); }
        a:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
        .heat .share { font-weight: 700; display: block; }
        .heat .counts { font-size: .85em; }
        .h-na { background: #f2f2f2; color: #333; }
        .h0 { background: #e3f1e4; color: #12361a; }
        .h1 { background: #fff1c2; color: #3b2c00; }
        .h2 { background: #ffd49e; color: #432000; }
        .h3 { background: #f59c84; color: #330b00; }
        .h4 { background: #a4161a; color: #fff; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .25rem 0 .5rem; font-size: .9em; }
        .legend li { padding: .1rem .5rem; border: 1px solid var(--line); }
        svg.chart { max-width: 100%; height: auto; }
        article.doc { border-top: 1px solid var(--line); padding-top: .25rem; }
        @media (max-width: 40rem) {
          body { padding: .5rem; font-size: 15px; } h1 { font-size: 1.4rem; }
          /* The ranked list as one card per document: no sideways scrolling on a phone. */
          table.ranked thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.ranked, table.ranked tbody, table.ranked tr, table.ranked th, table.ranked td { display: block; }
          table.ranked tr { border: 1px solid var(--line); margin: 0 0 .5rem; padding: .25rem .5rem; }
          table.ranked th, table.ranked td { border: none; padding: .1rem 0; text-align: left; }
          table.ranked td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
          table.ranked caption { display: block; width: auto; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          .scroll { overflow: visible; }
          h2, h3 { break-after: avoid; }
          tr, article.doc { break-inside: avoid; }
          thead { display: table-header-group; }
          .h-na, .h0, .h1, .h2, .h3, .h4, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        </style>
        </head>
        <body>
        <header>
        <h1>Child rights impact: batch report</h1>
        <p class="lede">Generated <time datetime="{{generated}}">{{generated}}</time> by {{tool}} {{version}} with the rules in <code>{{rules}}</code>. Checked against the UN Convention on the Rights of the Child (UNCRC).</p>
        <nav class="contents" aria-label="Contents"><ul><li><a href="#summary">Summary</a></li><li><a href="#index">Documents, most severe first</a></li><li><a href="#departments">Departments</a></li><li><a href="#coverage">Coverage</a></li>{{#articleTables}}<li><a href="#{{id}}">{{title}}</a></li>{{/articleTables}}{{#baseline}}<li><a href="#changes">Changes since the baseline</a></li>{{/baseline}}<li><a href="#documents">Every document</a></li></ul></nav>
        </header>
        <main>
        <section aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <ul class="cards">
        <li><strong>{{given}}</strong> documents given</li>
        <li><strong>{{assessed}}</strong> assessed</li>
        <li><strong>{{direct}}</strong> child-relevant, directly</li>
        <li><strong>{{indirect}}</strong> child-relevant, indirectly</li>
        <li><strong>{{failed}}</strong> failed to read</li>
        </ul>
        <div class="scroll" role="region" aria-labelledby="cap-outcomes" tabindex="0">
        <table>
        <caption id="cap-outcomes">Findings by outcome and severity</caption>
        <thead><tr><th scope="col">Severity</th><th scope="col" class="num">Fail</th><th scope="col" class="num">Review</th></tr></thead>
        <tbody>
        {{#severities}}<tr><th scope="row">{{name}}</th><td class="num">{{fail}}</td><td class="num">{{review}}</td></tr>
        {{/severities}}</tbody>
        <tfoot><tr><th scope="row">All</th><td class="num">{{fail}}</td><td class="num">{{review}}</td></tr></tfoot>
        </table>
        </div>
        <p>Also {{pass}} passes, {{waived}} waived (with a reason, in the document) and {{notApplicable}} results not applicable.</p>
        <h3 id="unaddressed">Articles most often unaddressed</h3>
        {{#hasTop}}
        <svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 {{chartWidth}} {{chartHeight}}" width="{{chartWidth}}" height="{{chartHeight}}" xmlns="http://www.w3.org/2000/svg">
        <title id="chart-title">Fails and reviews per UNCRC article (the table below holds the same numbers)</title>
        <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f0b24a"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a5300" stroke-width="2"/></pattern></defs>
        {{#top}}<g transform="translate(0 {{y}})">
        <text x="0" y="15" font-size="13" fill="#1a1a1a">{{label}}</text>
        <rect x="{{barX}}" y="2" width="{{failWidth}}" height="18" fill="#a4161a"/>
        <rect x="{{reviewX}}" y="2" width="{{reviewWidth}}" height="18" fill="url(#hatch)"/>
        <text x="{{textX}}" y="15" font-size="12" fill="#1a1a1a">{{fail}} fail, {{review}} review</text>
        </g>
        {{/top}}</svg>
        <ul class="legend" aria-hidden="true"><li><svg width="12" height="12"><rect width="12" height="12" fill="#a4161a"/></svg> fail (solid)</li><li><svg width="12" height="12"><rect width="12" height="12" fill="#f0b24a"/><line x1="0" y1="12" x2="12" y2="0" stroke="#8a5300" stroke-width="2"/></svg> review (hatched)</li></ul>
        <div class="scroll" role="region" aria-labelledby="cap-top" tabindex="0">
        <table>
        <caption id="cap-top">Top {{topCount}} articles by fails plus reviews</caption>
        <thead><tr><th scope="col">Article</th><th scope="col" class="num">Fail</th><th scope="col" class="num">Review</th><th scope="col" class="num">Total</th></tr></thead>
        <tbody>
        {{#top}}<tr><th scope="row">{{label}}</th><td class="num">{{fail}}</td><td class="num">{{review}}</td><td class="num">{{total}}</td></tr>
        {{/top}}</tbody>
        </table>
        </div>
        {{/hasTop}}
        {{^hasTop}}<p>No fails or reviews.</p>{{/hasTop}}
        </section>

        <section aria-labelledby="index">
        <h2 id="index">Documents, most severe first</h2>
        <p class="note">Ranked by fails of severity error, then warning, then info, then reviews. Each title links to the document's findings.</p>
        {{#hasIndex}}<div class="scroll" role="region" aria-labelledby="cap-index" tabindex="0">
        <table class="ranked">
        <caption id="cap-index">{{assessed}} documents assessed</caption>
        <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Document</th><th scope="col">Department</th><th scope="col">Type</th><th scope="col" class="num">Fails: error / warning / info</th><th scope="col" class="num">Reviews</th></tr></thead>
        <tbody>
        {{#index}}<tr><td class="num" data-label="Rank">{{rank}}</td><th scope="row"><a href="#{{anchor}}">{{heading}}</a></th><td data-label="Department">{{department}}</td><td data-label="Type">{{type}}</td><td class="num" data-label="Fails: error / warning / info">{{errors}} / {{warnings}} / {{infos}}</td><td class="num" data-label="Reviews">{{reviews}}</td></tr>
        {{/index}}</tbody>
        </table>
        </div>{{/hasIndex}}
        {{^hasIndex}}<p>No document could be assessed.</p>{{/hasIndex}}
        </section>

        <section aria-labelledby="departments">
        <h2 id="departments">Departments</h2>
        <p class="note">The four general principles (Articles 2, 3, 6 and 12) must be addressed by every child-relevant proposal. Cells give fails / reviews of the rules tagged with each.</p>
        <div class="scroll" role="region" aria-labelledby="cap-departments" tabindex="0">
        <table>
        <caption id="cap-departments">Documents and general principles by department</caption>
        <thead><tr><th scope="col">Department</th><th scope="col" class="num">Documents</th><th scope="col" class="num">Assessed</th><th scope="col" class="num">Child-relevant</th><th scope="col" class="num">Failed to read</th>{{#principles}}<th scope="col" class="num">{{.}}</th>{{/principles}}</tr></thead>
        <tbody>
        {{#departments}}<tr><th scope="row">{{name}}</th><td class="num">{{documents}}</td><td class="num">{{assessed}}</td><td class="num">{{relevant}} ({{relevantPercent}}%)</td><td class="num">{{failed}}</td>{{#principles}}<td class="num">{{fail}} / {{review}}</td>{{/principles}}</tr>
        {{/departments}}</tbody>
        </table>
        </div>
        </section>

        <section aria-labelledby="coverage">
        <h2 id="coverage">Coverage: articles by department</h2>
        <p class="note">Each cell: the share of applicable results that fail or need review (darker is worse), then the counts: F fail, R review, P pass, N/A not applicable. “—” means no applicable result.</p>
        <ul class="legend"><li class="h0">0%</li><li class="h1">1–25%</li><li class="h2">26–50%</li><li class="h3">51–75%</li><li class="h4">76–100%</li><li class="h-na">— none applicable</li></ul>
        <div class="scroll heat-box" role="region" aria-labelledby="cap-coverage" tabindex="0">
        <table class="heat">
        <caption id="cap-coverage">UNCRC article × department: fail, review, pass and not applicable results</caption>
        <thead><tr><th scope="col">Article</th>{{#departmentNames}}<th scope="col">{{.}}</th>{{/departmentNames}}</tr></thead>
        <tbody>
        {{#coverage}}<tr><th scope="row">{{label}}</th>{{#cells}}<td class="cell {{band}}"><span class="share">{{share}}</span><span class="counts">F {{fail}} · R {{review}} · P {{pass}} · N/A {{notApplicable}}</span></td>{{/cells}}</tr>
        {{/coverage}}</tbody>
        </table>
        </div>
        </section>
        {{#articleTables}}

        <section aria-labelledby="{{id}}">
        <h2 id="{{id}}">{{title}}</h2>
        <p class="note">Each cell: documents that engage the article, provisions of legislation that engage it, and fails (F) and reviews (R) of rules that cite it. The number after each {{column}} is its documents.</p>
        <div class="scroll" role="region" aria-labelledby="cap-{{id}}" tabindex="0">
        <table>
        <caption id="cap-{{id}}">{{caption}}</caption>
        <thead><tr><th scope="col">Article</th>{{#names}}<th scope="col">{{.}}</th>{{/names}}</tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{label}}</th>{{#cells}}<td class="num">{{documents}} docs · {{provisions}} provisions · F {{fail}} · R {{review}}</td>{{/cells}}</tr>
        {{/rows}}</tbody>
        </table>
        </div>
        </section>
        {{/articleTables}}
        {{#baseline}}

        <section aria-labelledby="changes">
        <h2 id="changes">Changes since the baseline</h2>
        <p>Baseline <code>{{report}}</code>: <strong>{{newFindings}}</strong> new findings, <strong>{{resolvedFindings}}</strong> resolved; <strong>{{documentsAdded}}</strong> documents added, <strong>{{documentsRemoved}}</strong> removed; {{matched}} of the baseline's {{baselineDocuments}} documents matched. Documents are matched by their path within the folder given, or by content when moved; findings by rule, element and section, not by line.</p>
        {{#hasWarning}}<p class="warning"><strong>Warning:</strong> {{warning}}.</p>{{/hasWarning}}
        {{#hasChangedDocuments}}<h3 id="changed-documents">New and resolved findings by document</h3>
        {{#changedDocuments}}<h4><code>{{file}}</code>{{note}}</h4>
        <ul>
        {{#items}}<li>{{word}}: {{outcome}} <code>{{rule}}</code>{{line}}: {{message}}</li>
        {{/items}}</ul>
        {{/changedDocuments}}{{/hasChangedDocuments}}
        {{#hasDepartments}}<div class="scroll" role="region" aria-labelledby="cap-change-dept" tabindex="0">
        <table>
        <caption id="cap-change-dept">Changes by department</caption>
        <thead><tr><th scope="col">Department</th><th scope="col" class="num">New findings</th><th scope="col" class="num">Resolved findings</th><th scope="col" class="num">Documents added</th><th scope="col" class="num">Documents removed</th></tr></thead>
        <tbody>
        {{#departments}}<tr><th scope="row">{{name}}</th><td class="num">{{newFindings}}</td><td class="num">{{resolvedFindings}}</td><td class="num">{{documentsAdded}}</td><td class="num">{{documentsRemoved}}</td></tr>
        {{/departments}}</tbody>
        </table>
        </div>{{/hasDepartments}}
        {{#hasArticles}}<div class="scroll" role="region" aria-labelledby="cap-change-art" tabindex="0">
        <table>
        <caption id="cap-change-art">Changes by article</caption>
        <thead><tr><th scope="col">Article</th><th scope="col" class="num">New findings</th><th scope="col" class="num">Resolved findings</th></tr></thead>
        <tbody>
        {{#articles}}<tr><th scope="row">{{label}}</th><td class="num">{{newFindings}}</td><td class="num">{{resolvedFindings}}</td></tr>
        {{/articles}}</tbody>
        </table>
        </div>{{/hasArticles}}
        {{#hasAdded}}<p>Documents added: {{#added}}<code>{{.}}</code> {{/added}}{{#moreAdded}}and {{moreAdded}} more{{/moreAdded}}</p>{{/hasAdded}}
        {{#hasRemoved}}<p>Documents removed: {{#removed}}<code>{{.}}</code> {{/removed}}</p>{{/hasRemoved}}
        </section>
        {{/baseline}}

        """#

    static let failedStart = #"""
        <section aria-labelledby="failed">
        <h2 id="failed">Inputs that could not be read</h2>
        <div class="scroll" role="region" aria-labelledby="cap-failed" tabindex="0">
        <table>
        <caption id="cap-failed">{{failed}} inputs that could not be read, with the reason</caption>
        <thead><tr><th scope="col">File</th><th scope="col">Department</th><th scope="col">Line:column</th><th scope="col">Reason</th></tr></thead>
        <tbody>

        """#

    static let failedRow = #"""
        <tr><th scope="row"><code>{{file}}</code></th><td>{{department}}</td><td class="num">{{line}}:{{column}}</td><td>{{message}}</td></tr>

        """#

    static let middle = #"""
        {{#hasFailed}}</tbody>
        </table>
        </div>
        </section>
        {{/hasFailed}}

        <section aria-labelledby="documents">
        <h2 id="documents">Every document</h2>
        <p class="note">{{assessed}} documents assessed, in input order. Every fail and review is listed, most severe first, with where it is (or the section that is missing), what to do about it, its rule and articles. Paths are relative to the folder given.</p>

        """#

    static let document = #"""
        <article class="doc" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
        <h3 id="{{anchor}}-title">{{heading}}</h3>
        <p class="meta"><code>{{source}}</code>{{#hasGovuk}} · on GOV.UK: <a href="https://www.gov.uk{{govukPath}}">{{govukPath}}</a>{{/hasGovuk}} · kind: {{kind}} · type: {{type}} · {{format}} · {{department}} · relevance to children: {{relevance}} · {{fails}} fail, {{reviews}} review</p>
        {{#hasFindings}}<ol class="findings">
        {{#findings}}<li><p><span class="badge {{outcome}}">{{outcome}} ({{severity}})</span> {{message}}</p>
        <p class="where">{{place}} · <code>{{rule}}</code> · {{articles}}</p>
        {{#hasPublished}}<p>Published with it or introduced by it:</p>
        <ul>{{#published}}<li>{{note}}{{text}}</li>{{/published}}</ul>{{/hasPublished}}
        <p><strong>What to do:</strong> {{guidance}}</p></li>
        {{/findings}}</ol>{{/hasFindings}}
        {{^hasFindings}}<p>No fails or reviews.</p>{{/hasFindings}}
        {{#rightsEngaged}}<details class="provisions" open>
        <summary>{{message}}</summary>
        <ul>{{#statements}}<li>{{topic}}: “{{text}}”</li>{{/statements}}</ul>
        </details>{{/rightsEngaged}}
        {{#hasProvisions}}<details class="provisions" open>
        <summary>{{provisionCount}} {{provisionsAffect}} children, with the articles they engage</summary>
        <div class="scroll" role="region" aria-label="Provisions of {{source}}" tabindex="0">
        <table>
        <caption>Provisions of {{source}} that affect children</caption>
        <thead><tr><th scope="col">Provision</th><th scope="col">Articles</th><th scope="col">How</th><th scope="col">Text</th></tr></thead>
        <tbody>
        {{#provisions}}<tr><th scope="row"><a href="{{href}}">{{name}}</a><br><code>{{location}}</code></th><td>{{articles}}</td><td>{{topics}}</td><td>{{text}}</td></tr>
        {{/provisions}}</tbody>
        </table>
        </div>
        </details>{{/hasProvisions}}
        <p><a href="#index">Back to the ranked list</a></p>
        </article>

        """#

    static let end = #"""
        </section>
        </main>
        <footer><p class="note">Fails: the proposal does not show what a child rights impact assessment needs. Reviews: a person must judge. Not a legal opinion.</p></footer>
        </body>
        </html>

        """#
}
