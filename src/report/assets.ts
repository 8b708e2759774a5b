/** The page's only style sheet and script, inlined so the report loads nothing from anywhere. */

export const CSS = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--line:#c9c9c9;--bg:#fff;--soft:#f6f6f4;
--claim:#8a4b00;--claim-bg:#fff1c7;--actor:#1d4f9c;--place:#17693a;--attr:#6a3a9c;--attr-bg:#f3ecfb;--date:#5b5b5b}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:60rem;margin:0 auto;padding:1rem 1rem 4rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--ink)}
h3{font-size:1rem;margin:.2rem 0 .4rem}
a{color:#0b57a4}
a:focus-visible,mark:focus-visible{outline:3px solid #0b57a4;outline-offset:2px}
.meta{color:var(--muted);font-size:.9rem;margin:0}
.counts{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;margin:.6rem 0;list-style:none;font-size:.95rem}
.counts b{font-size:1.1rem}
.warn{border-left:4px solid #a33;background:#fdf0f0;padding:.4rem .8rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.9rem;margin:.4rem 0 .8rem;padding:0;list-style:none}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif",serif;font-size:1.05rem;line-height:1.75;
background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:1rem 1.2rem;margin:0}
mark.mk{background:none;color:inherit;border-radius:2px;cursor:help}
mark.mk-claim{background:var(--claim-bg);border:2px solid var(--claim);padding:0 2px;font-weight:700}
mark.mk-claim:not([data-cont])::before{content:"#";font:700 .7em/1 system-ui,"DejaVu Sans",sans-serif;color:#fff;background:var(--claim);
border-radius:2px;padding:1px 3px;margin-right:3px;vertical-align:.15em}
mark.mk-actor{text-decoration:underline double var(--actor);text-decoration-thickness:1px;text-underline-offset:3px;color:#123a75}
mark.mk-location{text-decoration:underline dashed var(--place);text-decoration-thickness:2px;text-underline-offset:3px;color:#0f4f2a}
mark.mk-attribution{background:var(--attr-bg);box-shadow:inset 0 -2px 0 var(--attr)}
mark.mk-attribution:not([data-cont])::before{content:"❝";color:var(--attr);font-weight:700;margin-right:2px}
mark.mk-date{text-decoration:underline dotted var(--date);text-decoration-thickness:2px;text-underline-offset:3px}
mark.mk:target,mark.mk.lit{outline:3px solid #d9480f;outline-offset:2px}
.key{white-space:nowrap}
#tip{position:absolute;z-index:10;max-width:min(26rem,calc(100vw - 16px));background:#fff;border:2px solid var(--ink);border-radius:6px;
box-shadow:0 4px 16px rgba(0,0,0,.25);padding:.5rem .7rem;font-size:.88rem;line-height:1.4}
#tip .rec{border:0;padding:0;margin:0;box-shadow:none}
#tip .rec+.rec{border-top:1px solid var(--line);margin-top:.4rem;padding-top:.4rem;opacity:.85}
#tip .rec a.jump{display:none}
.rec{border:1px solid var(--line);border-left-width:5px;border-radius:4px;padding:.4rem .7rem;margin:.5rem 0;background:#fff}
.rec-claim{border-left-color:var(--claim)}.rec-actor{border-left-color:var(--actor)}.rec-location{border-left-color:var(--place)}
.rec-attribution{border-left-color:var(--attr)}.rec-date{border-left-color:var(--date)}.rec-contested{border-left-color:#a33}
.rec .kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.2rem 0}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.stance{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 .35rem;font-size:.85rem;white-space:nowrap;font-weight:600}
.st-assert{color:#33475b}.st-claim{color:#8a4b00}.st-deny,.st-dispute{color:#a11d1d}.st-acknowledge{color:#17693a}
.st-accuse{color:#8b1a5a}.st-estimate,.st-report{color:#1d4f9c}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);border-bottom:2px solid var(--ink)}
td.fig{font-weight:700;white-space:nowrap}
.none{color:var(--muted);font-style:italic}
.contest{border:2px solid #a33;border-radius:6px;padding:.6rem .8rem;margin:.8rem 0}
.contest h3 .tag{font-size:.75rem;text-transform:uppercase;border:1px solid #a33;color:#a33;border-radius:3px;padding:0 .3rem;margin-left:.4rem}
.versus{display:flex;flex-wrap:wrap;align-items:stretch;gap:.6rem}
.side{flex:1 1 12rem;border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;background:var(--soft)}
.side .big{font-size:2rem;font-weight:800;line-height:1.1;display:block}
.vs{align-self:center;font-weight:800;color:#a33}
.people{columns:2 18rem;padding-left:1.2rem}
details summary{cursor:pointer;font-weight:600}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media (max-width:600px){
 main{padding:.6rem}
 .article{padding:.7rem;font-size:1rem}
 table.stack thead{position:absolute;left:-9999px}
 table.stack tr{display:block;border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.3rem .5rem}
 table.stack td{display:grid;grid-template-columns:6.5rem 1fr;gap:.5rem;border:0;padding:.15rem 0;white-space:normal}
 table.stack td::before{content:attr(data-label);color:var(--muted);font-weight:400}
 table.stack td:has(.cell:empty){display:none}
 .vs{flex-basis:100%;text-align:center}
}
`;

/** Hover or focus a highlight: a pop-up shows its record (and the records around it). */
export const SCRIPT = `
(function(){
var tip=document.getElementById('tip');if(!tip)return;var cur=null;
function chain(el){var out=[],seen={},m=el;while(m&&out.length<3){var k=m.getAttribute('data-rec');
if(!seen[k]){seen[k]=1;var r=document.getElementById('rec-'+k);if(r)out.push(r);}
m=m.parentElement?m.parentElement.closest('mark[data-rec]'):null;}return out;}
function lit(el,on){var k=el.getAttribute('data-rec');var all=document.querySelectorAll('mark[data-rec="'+k+'"]');
for(var i=0;i<all.length;i++)all[i].classList.toggle('lit',on);}
function place(el){var r=el.getBoundingClientRect(),vw=document.documentElement.clientWidth;
var w=tip.offsetWidth;var left=Math.max(8,Math.min(r.left,vw-w-8));
var h=tip.offsetHeight,below=r.bottom+6,above=r.top-h-6;
var top=(below+h>window.innerHeight&&above>=0)?above:below;
tip.style.left=(left+window.scrollX)+'px';tip.style.top=(top+window.scrollY)+'px';}
function show(el){if(cur===el)return;hide();cur=el;var rs=chain(el);
for(var i=0;i<rs.length;i++){var c=rs[i].cloneNode(true);c.removeAttribute('id');tip.appendChild(c);}
tip.hidden=false;lit(el,true);place(el);}
function hide(){if(cur)lit(cur,false);cur=null;tip.hidden=true;tip.textContent='';}
function markOf(t){return t&&t.closest?t.closest('mark[data-rec]'):null;}
document.addEventListener('mouseover',function(e){var m=markOf(e.target);if(m)show(m);
else if(!tip.contains(e.target)&&!markOf(document.activeElement))hide();});
document.addEventListener('focusin',function(e){var m=markOf(e.target);if(m)show(m);else hide();});
document.addEventListener('keydown',function(e){if(e.key==='Escape')hide();});
function toTarget(){var id=location.hash.slice(1);var el=id&&document.getElementById(id);
if(el&&el.matches('mark[data-rec]')){el.focus({preventScroll:true});}}
window.addEventListener('hashchange',toTarget);toTarget();
})();
`;
