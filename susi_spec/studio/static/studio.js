/* susi studio: keeps the unsaved work of the open file in this browser too.
 *
 * The server holds each file's draft; after every edit its answer replaces the panel
 * #studio-state, whose data-ops are all the operations since the text on disk (data-base,
 * its sha256). They are copied to localStorage, so a restarted server gets them back: on
 * load, when the server has no unsaved work for the file but this browser has some for the
 * same text on disk, they are sent again (editor.js's protocol, /api/edit) and the page is
 * reloaded. Saving, discarding or choosing a version starts over. No inline script
 * anywhere: the page's CSP forbids it.
 */
/* susi studio's start page: the rows come at once, what each still needs before release
 * when the check is done. A table marked data-pending asks /api/start (which answers when
 * the check is done) and puts each row's cells in; a row the check found and the page did
 * not is added, one it did not find is removed. Each "Tjekker …" cell is aria-live polite,
 * so a screen reader says its new content. Without scripts, the page's <noscript> link asks
 * for the page again, answered once the check is done.
 */
(function () {
  "use strict";

  var table = document.querySelector("table.files[data-pending]");
  if (!table) {
    return;
  }
  var body = table.tBodies[0];

  function fill(row, cells) {
    while (row.cells.length > cells.length) {
      row.deleteCell(-1);
    }
    cells.forEach(function (html, index) {
      var cell = row.cells[index];
      if (!cell) {
        cell = index === 0 ? document.createElement("th") : document.createElement("td");
        row.appendChild(cell);
      }
      var probe = document.createElement("template");
      probe.innerHTML = "<table><tr>" + html + "</tr></table>";
      var made = probe.content.querySelector("tr").cells[0];
      Array.prototype.forEach.call(made.attributes, function (attribute) {
        cell.setAttribute(attribute.name, attribute.value);
      });
      Array.prototype.slice.call(cell.attributes).forEach(function (attribute) {
        if (!made.hasAttribute(attribute.name)) {
          cell.removeAttribute(attribute.name);
        }
      });
      if (cell.innerHTML !== made.innerHTML) {
        cell.innerHTML = made.innerHTML;
      }
    });
  }

  function failed() {
    body.querySelectorAll("td[aria-busy] .pending").forEach(function (span) {
      span.textContent = span.getAttribute("data-failed") || "";
    });
  }

  fetch("/api/start", {credentials: "same-origin", headers: {"Accept": "application/json"}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (answer) {
      var rows = {};
      Array.prototype.forEach.call(body.rows, function (row) {
        rows[row.getAttribute("data-file")] = row;
      });
      var seen = {};
      answer.rows.forEach(function (entry) {
        seen[entry.file] = true;
      });
      Object.keys(rows).forEach(function (file) {
        if (!seen[file]) {
          body.removeChild(rows[file]);
        }
      });
      answer.rows.forEach(function (entry, index) {
        var row = rows[entry.file];
        if (!row) {
          row = document.createElement("tr");
          row.setAttribute("data-file", entry.file);
        }
        if (body.rows[index] !== row) {
          body.insertBefore(row, body.rows[index] || null); /* in the check's order */
        }
        fill(row, entry.cells);
      });
      table.removeAttribute("data-pending");
    })
    .catch(failed);
})();

(function () {
  "use strict";

  var editor = document.getElementById("editor");
  if (!editor) {
    return;
  }
  var key = "susi-studio:" + editor.getAttribute("data-file");

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function stored() {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "null");
      return value && Array.isArray(value.ops) ? value : null;
    } catch (error) {
      return null;
    }
  }

  function keep() {
    var state = document.getElementById("studio-state");
    if (!state) {
      return;
    }
    var ops = JSON.parse(state.getAttribute("data-ops") || "[]");
    try {
      if (ops.length) {
        var entry = {base: state.getAttribute("data-base"), ops: ops};
        window.localStorage.setItem(key, JSON.stringify(entry));
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (error) {
      /* storage full or off: the server still holds the draft */
    }
  }

  function forget() {
    try {
      window.localStorage.removeItem(key);
    } catch (error) {
      /* nothing to forget */
    }
  }

  function replay(mine) {
    return fetch("/api/edit", {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
      body: JSON.stringify({file: editor.getAttribute("data-file"), base: mine.base, ops: mine.ops})
    }).then(function (response) {
      if (response.ok) {
        window.location.reload();
      } else {
        forget(); /* the file is no longer the text they were made on */
      }
    });
  }

  var state = document.getElementById("studio-state");
  var mine = stored();
  if (state && state.getAttribute("data-dirty") !== "true" && mine &&
      mine.base === state.getAttribute("data-base") && mine.ops.length) {
    replay(mine);
  } else {
    keep();
  }
  var side = document.querySelector(".columns") || document.body;
  new MutationObserver(keep).observe(side, {childList: true, subtree: true});

  document.querySelectorAll("form[action='/discard'], form[action='/resolve']").forEach(
    function (form) {
      form.addEventListener("submit", forget);
    }
  );
})();
