
(function () {
  "use strict";
  var src = document.getElementById("lrmsafe-samples");
  var data = JSON.parse(src.textContent);
  var multi = data.some(function (s) { return s.e > 1; });  // --epochs K: ids repeat
  var page = 200, shown = page;
  var filters = {m: "model", b: "benchmark", c: "category", k: "attack", av: "answer verdict",
                 tv: "thinking verdict"};
  var sels = {};
  var box = document.getElementById("filters");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  Object.keys(filters).forEach(function (key) {
    var values = {};
    data.forEach(function (s) { values[s[key]] = true; });
    var label = el("label", filters[key] + " ");
    var sel = el("select");
    sel.id = "f-" + key;
    sel.appendChild(el("option", "(all)"));
    sel.options[0].value = "\u0000all";
    Object.keys(values).sort().forEach(function (v) {
      var o = el("option", v === "" ? "(none)" : v);
      o.value = v;
      sel.appendChild(o);
    });
    sel.addEventListener("change", function () { shown = page; render(); });
    label.appendChild(sel);
    box.appendChild(label);
    sels[key] = sel;
  });
  var search = el("input");
  search.type = "search";
  search.id = "f-text";
  search.placeholder = "text contains";
  search.addEventListener("input", function () { shown = page; render(); });
  box.appendChild(search);
  var tbody = document.querySelector("#sample-list tbody");
  var count = document.getElementById("sample-count");
  var more = document.getElementById("more");
  var detail = document.getElementById("detail");
  var home = detail.parentNode;
  // the pane opens in a full-width row right under the clicked sample (it sat below the
  // whole list, thousands of pixels away) and is scrolled into view
  var paneRow = el("tr", null, "detail-row");
  var paneCell = el("td");
  paneCell.colSpan = 8;
  paneRow.appendChild(paneCell);
  var current = null;
  more.addEventListener("click", function () { shown += page; render(); });
  function matches(s) {
    for (var key in sels) {
      var v = sels[key].value;
      if (v !== "\u0000all" && String(s[key]) !== v) { return false; }
    }
    var q = search.value.toLowerCase();
    if (q) {
      var hay = [s.p, s.a, s.t || "", s.id].join("\n").toLowerCase();
      if (hay.indexOf(q) < 0) { return false; }
    }
    return true;
  }
  function verdict(v, safe) {
    var cls = safe === true ? "v-safe" : (safe === false ? "v-unsafe" : "v-none");
    return el("span", v || "-", cls);
  }
  function textBox(title, text, v, safe, why, redacted) {
    var b = el("div", null, "box");
    var h = el("h4", title + ": ");
    h.appendChild(verdict(v, safe));
    b.appendChild(h);
    var pre = el("pre", text === null || text === undefined ? "(not visible)" : text,
                 redacted ? "redacted" : "");
    b.appendChild(pre);
    if (why) { b.appendChild(el("p", "judge: " + why, "note")); }
    return b;
  }
  function close() {
    var old = tbody.querySelector("tr.sel");
    if (old) { old.classList.remove("sel"); old.setAttribute("aria-expanded", "false"); }
    detail.textContent = "";
    detail.hidden = true;
    home.appendChild(detail);
    if (paneRow.parentNode) { paneRow.parentNode.removeChild(paneRow); }
    current = null;
  }
  function reveal(tr) {
    // instant, so the pane is in view as soon as the click returns: the clicked row at
    // the top when the pane would run past the bottom (never above the row)
    var r = tr.getBoundingClientRect(), d = paneRow.getBoundingClientRect();
    var dy = 0;
    if (r.top < 0) { dy = r.top - 8; }
    else if (d.bottom > window.innerHeight) {
      dy = Math.min(r.top - 8, d.bottom - window.innerHeight + 8);
    }
    if (dy !== 0) { window.scrollBy(0, dy); }
  }
  function show(s, tr) {
    if (current === tr) { close(); tr.focus(); return; }
    close();
    current = tr;
    tr.classList.add("sel");
    tr.setAttribute("aria-expanded", "true");
    tr.parentNode.insertBefore(paneRow, tr.nextSibling);
    paneCell.appendChild(detail);
    detail.hidden = false;
    var shut = el("button", "close", "close");
    shut.type = "button";
    shut.addEventListener("click", function () { close(); tr.focus(); });
    detail.appendChild(shut);
    detail.appendChild(el("h3", s.m + " / " + s.b + " / " + s.id));
    var meta = "category: " + (s.c || "-") + "; attack: " + s.k + "; outcome: " + s.o +
      "; expected: " + s.x + (multi ? "; epoch: " + s.e : "") +
      (s.h !== null && s.h !== undefined ? "; harm score: " + s.h : "") +
      (s.err ? "; error: " + s.err : "");
    detail.appendChild(el("p", meta, "note"));
    var pb = el("div", null, "box prompt");
    pb.appendChild(el("h4", "prompt"));
    pb.appendChild(el("pre", s.p));
    detail.appendChild(pb);
    var side = el("div", null, "side");
    side.appendChild(textBox("thinking", s.t, s.tv, s.ts, s.tr, s.red.indexOf("thinking") >= 0));
    side.appendChild(textBox("answer", s.a, s.av, s["as"], s.ar, s.red.indexOf("answer") >= 0));
    detail.appendChild(side);
    reveal(tr);
  }
  function render() {
    close();
    tbody.textContent = "";
    var hits = data.filter(matches);
    hits.slice(0, shown).forEach(function (s) {
      var tr = el("tr", null, "s");
      tr.tabIndex = 0;
      tr.setAttribute("aria-expanded", "false");
      [s.m, s.b, multi ? s.id + " #" + s.e : s.id, s.c, s.k, s.o].forEach(function (v) {
        tr.appendChild(el("td", v));
      });
      var a = el("td"); a.appendChild(verdict(s.av, s["as"])); tr.appendChild(a);
      var t = el("td"); t.appendChild(verdict(s.tv, s.ts)); tr.appendChild(t);
      tr.addEventListener("click", function () { show(s, tr); });
      tr.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); show(s, tr); }
      });
      tbody.appendChild(tr);
    });
    count.textContent = hits.length + " matching samples" +
      (hits.length > shown ? ", first " + shown + " listed" : "");
    more.hidden = hits.length <= shown;
    document.documentElement.setAttribute("data-rows", String(Math.min(hits.length, shown)));
  }
  render();
  document.documentElement.setAttribute("data-ready", "1");
})();
