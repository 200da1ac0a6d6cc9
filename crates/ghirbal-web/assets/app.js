// ghirbal's search page. Every string from the index goes into the page
// through text nodes (el() below), never through an HTML parser, so an
// article holding markup shows it as text. State lives in the URL
// (?q=…&id=…), so a link or a reload shows the same view.
"use strict";

const $ = (id) => document.getElementById(id);
const PAGE = 20;
let shown = 0;

// An element with attributes and children; string children are text.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === "") continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

// Plain and highlighted runs, as the API sends them.
function segments(parts) {
  return (parts || []).map((s) => (s.hl ? el("mark", {}, s.text) : document.createTextNode(s.text)));
}

function fmtDate(iso) {
  if (!iso) return null;
  const d = String(iso).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : String(iso);
}

function viewUrl(q, id) {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (id) p.set("id", id);
  return "/?" + p.toString();
}

function currentQuery() {
  return new URLSearchParams(location.search).get("q") || "";
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : res.statusText;
    throw new Error(msg);
  }
  return body;
}

function setStatus(text, isError) {
  const s = $("status");
  s.textContent = text;
  s.className = isError ? "status error" : "status";
}

function metaList(pairs) {
  const dl = el("dl", { class: "meta" });
  for (const [label, value] of pairs) {
    if (!value || (Array.isArray(value) && value.length === 0)) continue;
    dl.append(el("dt", {}, label), el("dd", { dir: "auto" }, Array.isArray(value) ? value.join("، ") : value));
  }
  return dl;
}

function renderHit(hit, q) {
  const link = el("a", { href: viewUrl(q, hit.id), "data-id": hit.id, dir: "auto" });
  if (hit.title_hl && hit.title_hl.length) link.append(...segments(hit.title_hl));
  else link.textContent = hit.title || hit.id;
  link.addEventListener("click", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    ev.preventDefault();
    history.pushState(null, "", viewUrl(q, hit.id));
    route();
  });
  const meta = metaList([
    ["الموقع", hit.site],
    ["التاريخ", fmtDate(hit.published)],
    ["المكان", hit.dateline],
    ["الوكالات", hit.agencies],
    ["نسخ", hit.cluster_size > 1 ? String(hit.cluster_size) : null],
  ]);
  return el("li", { class: "hit" }, el("h3", {}, link), meta, el("p", { class: "snippet", dir: "auto" }, segments(hit.snippet)));
}

function addFilter(filter) {
  const q = currentQuery();
  $("q").value = (q + " " + filter).trim();
  history.pushState(null, "", viewUrl($("q").value));
  route();
}

function quoteValue(v) {
  return /\s/.test(v) ? '"' + v.replace(/"/g, "") + '"' : v;
}

function renderFacets(facets) {
  const box = $("facets");
  if (!facets) { box.hidden = true; return; }
  box.hidden = false;
  for (const [key, listId, prefix] of [["site", "facet-site", "site:"], ["agency", "facet-agency", "agency:"]]) {
    const ul = $(listId);
    clear(ul);
    for (const f of facets[key] || []) {
      const a = el("a", { href: "#", dir: "auto" }, el("span", {}, f.value), el("span", { class: "count" }, String(f.count)));
      a.addEventListener("click", (ev) => { ev.preventDefault(); addFilter(prefix + quoteValue(f.value)); });
      ul.append(el("li", {}, a));
    }
    if (!ul.firstChild) ul.append(el("li", { class: "count" }, "—"));
  }
  const hist = $("facet-month");
  clear(hist);
  const months = facets.month || [];
  const max = Math.max(1, ...months.map((m) => m.count));
  for (const m of months) {
    const bar = el("a", { href: "#", title: m.value + ": " + m.count });
    bar.style.height = Math.max(3, Math.round((m.count / max) * 100)) + "%";
    bar.addEventListener("click", (ev) => { ev.preventDefault(); addFilter("from:" + m.value + " to:" + m.value); });
    hist.append(bar);
  }
  const old = hist.nextElementSibling;
  if (old && old.classList.contains("hist-range")) old.remove();
  if (months.length) {
    hist.after(el("div", { class: "hist-range" }, el("span", {}, months[0].value), el("span", {}, months[months.length - 1].value)));
  }
}

async function runSearch(q, offset) {
  $("article").hidden = true;
  $("results").hidden = false;
  const hits = $("hits");
  if (!offset) { clear(hits); shown = 0; }
  if (!q.trim()) {
    setStatus("اكتب كلمات للبحث.");
    $("facets").hidden = true;
    $("pager").hidden = true;
    return;
  }
  setStatus("جار البحث…");
  try {
    const params = new URLSearchParams({ q, limit: String(PAGE), offset: String(offset || 0), facets: offset ? "false" : "true" });
    const res = await api("/api/search?" + params.toString());
    for (const hit of res.hits) hits.append(renderHit(hit, q));
    shown += res.hits.length;
    setStatus(res.total === 0 ? "لا نتائج." : "النتائج: " + res.total.toLocaleString("ar") + " (" + Math.round(res.took_ms) + " مل‌ث)");
    if (!offset) renderFacets(res.facets);
    $("pager").hidden = shown >= res.total;
    document.body.dataset.state = "results";
  } catch (err) {
    setStatus("خطأ: " + err.message, true);
    document.body.dataset.state = "error";
  }
}

async function showArticle(id) {
  $("results").hidden = true;
  $("facets").hidden = true;
  const box = $("article");
  box.hidden = false;
  $("back").setAttribute("href", viewUrl(currentQuery()));
  const title = $("a-title");
  title.textContent = "…";
  try {
    const view = await api("/api/article/" + encodeURIComponent(id));
    const a = view.article;
    title.textContent = a.title || a.id;
    document.title = (a.title || a.id) + " — غربال";
    const meta = metaList([
      ["الموقع", a.site],
      ["نُشر", fmtDate(a.published)],
      ["عُدّل", fmtDate(a.modified)],
      ["الكتّاب", a.authors],
      ["المكان", a.dateline],
      ["المصادر", a.sources],
      ["الوكالات", a.agencies],
      ["الرابط", a.url],
    ]);
    $("a-meta").replaceWith(meta);
    meta.id = "a-meta";
    $("a-summary").textContent = a.summary || "";
    const blocks = $("a-blocks");
    clear(blocks);
    for (const b of a.blocks && a.blocks.length ? a.blocks : [{ type: "paragraph", text: a.text || "" }]) {
      const tag = { heading: "h2", quote: "blockquote", list: "ul", table: "pre" }[b.type] || "p";
      if (tag === "ul") {
        blocks.append(el("ul", { dir: "auto" }, String(b.text).split("\n").map((line) => el("li", {}, line))));
      } else {
        for (const para of tag === "p" ? String(b.text).split(/\n{2,}/) : [b.text]) blocks.append(el(tag, { dir: "auto" }, para));
      }
    }
    if (a.tags && a.tags.length) blocks.append(el("p", {}, a.tags.map((t) => el("span", { class: "tag", dir: "auto" }, t))));
    const images = $("a-images");
    clear(images);
    for (const img of a.images || []) {
      if (!img.caption && !img.credit) continue;
      images.append(el("li", { dir: "auto" }, img.caption || "", img.credit ? el("span", { class: "credit" }, " (" + img.credit + ")") : null));
    }
    $("a-images-box").hidden = !images.firstChild;
    const others = $("a-elsewhere");
    clear(others);
    for (const s of view.elsewhere || []) {
      const link = el("a", { href: viewUrl(currentQuery(), s.id), dir: "auto" }, s.title || s.id);
      link.addEventListener("click", (ev) => { ev.preventDefault(); history.pushState(null, "", viewUrl(currentQuery(), s.id)); route(); });
      others.append(el("li", {}, link, " — ", el("span", { class: "count", dir: "auto" }, s.site || ""), " ", el("bdi", { class: "count", dir: "ltr" }, fmtDate(s.published) || "")));
    }
    $("a-elsewhere-box").hidden = !others.firstChild;
    document.body.dataset.state = "article";
    window.scrollTo(0, 0);
  } catch (err) {
    title.textContent = "خطأ: " + err.message;
    document.body.dataset.state = "error";
  }
}

function route() {
  const p = new URLSearchParams(location.search);
  const q = p.get("q") || "";
  $("q").value = q;
  const id = p.get("id");
  if (id) showArticle(id);
  else runSearch(q, 0);
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    history.pushState(null, "", viewUrl($("q").value));
    route();
  });
  $("more").addEventListener("click", () => runSearch(currentQuery(), shown));
  window.addEventListener("popstate", route);
  route();
});
