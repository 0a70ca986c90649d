// The export page's stylesheet: readable on screen, A4 when printed (PDF), system fonts only.
export const EXPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: #57606a; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1f2328; font: 11pt/1.5 "DejaVu Serif", Georgia, "Times New Roman", serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; }
@media print { main { max-width: none; padding: 0; } a { color: inherit; } .back { display: none; } }
h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.25; break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 .2rem; }
h2 { font-size: 15pt; margin: 2rem 0 .3rem; padding-bottom: .2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 12pt; margin: 1.2rem 0 .3rem; }
h4 { font-size: 11.5pt; margin: 1rem 0 .3rem; }
h5, h6 { font-size: 11pt; margin: .8rem 0 .2rem; }
li > p { margin: .1rem 0; }
header { margin-bottom: 1rem; }
.meta { color: #57606a; font-size: 9.5pt; margin: 0 0 .8rem; overflow-wrap: anywhere; }
.meta .outlet { font-style: italic; }
a { color: #0b57a4; overflow-wrap: anywhere; }
.annotation { margin: 0 0 1.1rem; break-inside: avoid; }
blockquote { margin: 0 0 .4rem; padding: .3rem .9rem; border-left: 3px solid #8c959f; background: #f6f8fa; }
blockquote.quote { font-style: italic; }
.note { margin: 0 0 .3rem .9rem; }
.note p { margin: .2rem 0; }
.tags { margin: .2rem 0 0 .9rem; }
.tag { display: inline-block; font: 8.5pt/1.4 "DejaVu Sans", Arial, sans-serif; padding: 0 .45rem; margin: 0 .2rem .2rem 0;
  border: 1px solid #868e96; border-left-width: 4px; border-radius: 3px; color: #24292f; }
.orphan { color: #9a6700; font-size: 9pt; margin: .2rem 0 0 .9rem; }
.claim { margin: 0 0 1rem; break-inside: avoid; }
.claim ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.evidence { margin: .15rem 0; }
.stance { font-weight: 600; }
.evidence.contradicts .stance { color: #cf222e; }
.evidence.supports .stance { color: #1a7f37; }
.status { font-weight: 600; }
.thesis { margin: .2rem 0 .6rem; }
.claim-ref { background: #fff8c5; padding: 0 .1rem; }
sup.fn { font-size: 7.5pt; line-height: 0; }
sup.fn a { text-decoration: none; }
.footnotes ol { padding-left: 1.4rem; font-size: 9.5pt; }
.footnotes li { margin: .15rem 0; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: .5rem; font-size: 9pt; }
`;
