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
