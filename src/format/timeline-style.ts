// The stylesheets of the timeline: the bands' own (also in `formatComparison`'s timeline view)
// and the page's.

// Colours meet WCAG AA contrast on their backgrounds in both schemes. The grid scrolls
// sideways inside its box (the heading column stays put); the page itself never does.
export const STYLE = `
.draftdiff-timeline{--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--accent:#9a3412;--v0:#dbeafe;--v1:#fde68a;--v2:#d1fae5;--v3:#fce7f3;--v4:#e0e7ff;--v5:#fed7aa;--del-bg:#ffebe9;--del-fg:#82071e;--ins-bg:#dafbe1;--ins-fg:#116329}
@media (prefers-color-scheme:dark){.draftdiff-timeline{--fg:#f0f6fc;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--card:#151b23;--accent:#fdba74;--v0:#1e3a5f;--v1:#4d3b05;--v2:#064e3b;--v3:#5b1a3f;--v4:#312e81;--v5:#5c2d0c;--del-bg:#490202;--del-fg:#ffa198;--ins-bg:#04260f;--ins-fg:#7ee787}}
.draftdiff-timeline{color:var(--fg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",sans-serif}
.draftdiff-timeline *{box-sizing:border-box}
.draftdiff-timeline h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
.draftdiff-timeline h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
.draftdiff-timeline h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.draftdiff-timeline p,.draftdiff-timeline li,.draftdiff-timeline span{overflow-wrap:anywhere}
.draftdiff-timeline .summary{color:var(--muted);margin:.25rem 0 1rem}
.draftdiff-timeline .legend{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.5rem .75rem;border:1px solid var(--line);border-radius:.5rem;background:var(--card);font-size:.875rem;margin-bottom:1rem}
.draftdiff-timeline .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;margin-right:.15rem;vertical-align:-.1rem}
.draftdiff-timeline .version-swatch{display:inline-block;width:1.4rem;height:.9rem;border:2px dashed var(--muted);border-radius:.2rem;vertical-align:-.1rem}
.draftdiff-timeline .scroll{overflow-x:auto;padding-bottom:.5rem}
.draftdiff-timeline .grid{display:grid;gap:6px 0;align-items:stretch;font-size:.8125rem}
.draftdiff-timeline .head{position:sticky;left:0;z-index:1;background:var(--bg);padding:.35rem .5rem .35rem 0;font-weight:600;color:var(--muted)}
.draftdiff-timeline .key-head{color:var(--fg);border-top:1px solid var(--line)}
.draftdiff-timeline .key-head .label{display:block}
.draftdiff-timeline .key{display:block;font:400 .75rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.draftdiff-timeline h3 .key{display:inline}
.draftdiff-timeline .day{padding:.3rem .5rem;margin:0 3px;border-bottom:3px solid var(--fg);font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.draftdiff-timeline .day.undated{border-bottom-style:dotted;color:var(--muted);font-weight:600}
.draftdiff-timeline .arcs{display:block;color:var(--muted);fill:none;stroke:currentColor;stroke-width:1.5}
.draftdiff-timeline .arcs circle,.draftdiff-timeline .arcs marker path{fill:currentColor;stroke:none}
.draftdiff-timeline .version{margin:0 3px;padding:.4rem .5rem;border:2px solid var(--fg);border-radius:.5rem;background:var(--card)}
.draftdiff-timeline .version.partial{border-style:dashed;border-color:var(--muted)}
.draftdiff-timeline .version p{margin:0}
.draftdiff-timeline .version .id{font-weight:700}
.draftdiff-timeline .version .label{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.draftdiff-timeline .version .date,.draftdiff-timeline .version .coverage{color:var(--muted)}
.draftdiff-timeline .version .who{font-style:italic}
.draftdiff-timeline .version .who,.draftdiff-timeline .cell .who{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.draftdiff-timeline .cell{margin:0 3px;padding:.3rem .45rem;border-radius:.35rem;border-top:1px solid var(--line);display:flex;flex-direction:column;gap:.1rem}
.draftdiff-timeline .cell.silent{align-items:center;justify-content:center;background:none}
.draftdiff-timeline .none{color:var(--muted);font-size:1.1rem}
.draftdiff-timeline .value{font-weight:600}
.draftdiff-timeline .mark{align-self:flex-start;font-size:.6875rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .3rem;border-radius:.25rem;background:var(--bg);color:var(--muted)}
.draftdiff-timeline .cell.changed,.draftdiff-timeline .cell.dropped,.draftdiff-timeline .cell.departs{box-shadow:inset 4px 0 0 var(--accent)}
.draftdiff-timeline .cell.changed .mark,.draftdiff-timeline .cell.dropped .mark,.draftdiff-timeline .cell.departs .mark,.draftdiff-timeline .legend .mark{color:var(--accent)}
.draftdiff-timeline .cell.dropped{background:var(--del-bg);color:var(--del-fg);justify-content:center}
.draftdiff-timeline .cell.unaddressed .value{font-style:italic}
.draftdiff-timeline .who,.draftdiff-timeline .from,.draftdiff-timeline .confidence{font-size:.75rem}
.draftdiff-timeline .who{color:var(--fg)}
.draftdiff-timeline .confidence{font-style:italic}
.draftdiff-timeline .value-0{background:var(--v0)}
.draftdiff-timeline .value-1{background:var(--v1)}
.draftdiff-timeline .value-2{background:var(--v2)}
.draftdiff-timeline .value-3{background:var(--v3)}
.draftdiff-timeline .value-4{background:var(--v4)}
.draftdiff-timeline .value-5{background:var(--v5)}
.draftdiff-timeline .stories ol,.draftdiff-timeline .steps ul{padding-left:1.5rem}
.draftdiff-timeline .stories .id{font-weight:600}
.draftdiff-timeline .stories li.changed,.draftdiff-timeline .stories li.dropped,.draftdiff-timeline .stories li.departs{color:var(--accent)}
.draftdiff-timeline del{background:var(--del-bg);color:var(--del-fg)}
.draftdiff-timeline ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:none}
`.trim();

export const PAGE_STYLE = `
:root{color-scheme:light dark}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff}
@media (prefers-color-scheme:dark){body{background:#0d1117}}
main{max-width:80rem;margin:0 auto;padding:1rem}
@media (max-width:40rem){main{padding:.75rem}.draftdiff-timeline h1{font-size:1.35rem}}
`.trim();
