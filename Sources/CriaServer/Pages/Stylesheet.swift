/// The one stylesheet, served from `/assets/cria.css` (the Content-Security-Policy allows
/// styles from this host only). Plain, GOV.UK-like: system fonts, black on white, blue
/// links, a yellow focus ring, and colours that pass WCAG AA contrast.
enum Stylesheet {
    static let css = """
        *,*::before,*::after{box-sizing:border-box}
        html{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;color:#0b0c0c;background:#fff;line-height:1.4}
        body{margin:0;font-size:1.1875rem}
        .wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
        a{color:#1d70b8}a:visited{color:#4c2c92}a:hover{color:#003078}
        a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
        a:focus{background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none;outline:none}
        .skip{position:absolute;left:-9999px;top:0;padding:.5rem;background:#fd0;color:#0b0c0c}
        .skip:focus{left:0}
        .top{background:#0b0c0c;color:#fff;border-bottom:.5rem solid #1d70b8;padding:.6rem 0;margin-bottom:1.5rem}
        .top a{color:#fff;font-weight:700;font-size:1.5rem;text-decoration:none;margin-right:.75rem}
        .top a:focus{color:#0b0c0c}
        .top span{color:#fff}
        h1{font-size:2.25rem;margin:0 0 1rem;line-height:1.1}
        h2{font-size:1.6rem;margin:2rem 0 .8rem}
        h3{font-size:1.3rem;margin:1.5rem 0 .5rem}
        h4,h5,h6{font-size:1.1875rem;margin:1rem 0 .4rem}
        .lead{font-size:1.4rem}
        .hint{color:#505a5f;margin:.2rem 0 .5rem}
        .field{margin-bottom:1.5rem}
        label,.label{display:block;font-weight:700;margin-bottom:.2rem}
        input[type=file]{font-size:1.1875rem;padding:.5rem;border:2px solid #0b0c0c;width:100%;background:#fff}
        textarea{width:100%;font:inherit;border:2px solid #0b0c0c;padding:.4rem}
        select{font:inherit;border:2px solid #0b0c0c;padding:.2rem;min-width:10rem;background:#fff}
        .drop{border:3px dashed #505a5f;padding:1rem;background:#f3f2f1}
        .drop.over{border-color:#1d70b8;background:#e8f1f8}
        .button{font:inherit;font-weight:400;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:.5rem 1rem;cursor:pointer;display:inline-block;text-decoration:none}
        .button:hover{background:#005a30}
        .button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
        .counts{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:0 0 1.5rem}
        .counts li{border:2px solid #b1b4b6;padding:.5rem .9rem;min-width:7rem}
        .counts strong{display:block;font-size:2rem}
        .tag{display:inline-block;padding:.1rem .4rem;font-weight:700;font-size:1rem;text-transform:uppercase;letter-spacing:.03em}
        .tag.fail{background:#f6d7d2;color:#2a0b06}
        .tag.review{background:#fcd6c3;color:#6e3619}
        .tag.pass{background:#cce2d8;color:#005a30}
        .tag.notApplicable{background:#eeefef;color:#383f43}
        .tag.waived{background:#e8f1f8;color:#0c2d4a}
        .sev{color:#383f43;font-size:1rem}
        .finding{border-left:.35rem solid #b1b4b6;padding:.2rem 0 .2rem 1rem;margin:1rem 0}
        .finding.fail{border-color:#d4351c}.finding.review{border-color:#f47738}.finding.pass{border-color:#00703c}.finding.waived{border-color:#1d70b8}
        .finding h4{margin-top:.3rem}
        .evidence{background:#f3f2f1;padding:.5rem 1rem;margin:.5rem 0}
        .evidence blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #505a5f}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
        dl.meta dt{font-weight:700}dl.meta dd{margin:0}
        .filters{background:#f3f2f1;padding:1rem;margin:0 0 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end}
        .filters div{display:flex;flex-direction:column}
        .doc-text{border-top:2px solid #b1b4b6}
        .doc-text p{margin:.4rem 0;padding:.2rem .4rem}
        .doc-text .marked{background:#fff7bf;border-left:.3rem solid #f47738}
        .doc-text :target{outline:3px solid #fd0;background:#fff7bf}
        .markers{font-size:1rem;margin-left:.4rem}
        .downloads{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
        .error-summary{border:5px solid #d4351c;padding:1rem;margin-bottom:1.5rem}
        .error-summary h2{margin-top:0}
        code{font-family:"Courier New",monospace;background:#f3f2f1;padding:0 .2rem;overflow-wrap:anywhere}
        pre{background:#f3f2f1;padding:.8rem;overflow:auto;white-space:pre-wrap;font-size:1rem}
        footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #b1b4b6;color:#505a5f;font-size:1rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:.4rem .5rem .4rem 0;vertical-align:top}
        """
}
