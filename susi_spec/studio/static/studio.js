/* susi studio: sends the editor's changes to the server and shows its answer.
 *
 * Every field the forms make carries data-path (a JSON list into the front matter) and
 * data-op ("set", "list" for a list of plain texts, one per line, or "rename" for a core
 * element's id), or data-section (a body section's key). A change is posted as JSON to
 * /api/edit with the CSRF token; the answer is HTML with htmx out-of-band swaps. The
 * operations not yet saved are kept in localStorage, so a reload or a restarted server
 * gets them back. No inline script anywhere: the page's CSP forbids it.
 */
(function () {
  "use strict";

  const editor = document.getElementById("editor");
  if (!editor) {
    return;
  }
  const file = editor.dataset.file;
  const key = "susi-studio:" + file;
  const csrf = JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"];
  let base = editor.dataset.base;
  let queue = Promise.resolve();

  function stored() {
    try {
      const value = JSON.parse(window.localStorage.getItem(key) || "null");
      return value && Array.isArray(value.ops) ? value : null;
    } catch (error) {
      return null;
    }
  }

  function remember(ops) {
    try {
      window.localStorage.setItem(key, JSON.stringify({ base: base, ops: ops }));
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

  function placeProblems() {
    document.querySelectorAll(".field-problems").forEach(function (old) {
      const field = document.getElementById(old.dataset.for);
      if (field) {
        field.removeAttribute("aria-invalid");
        const described = (field.getAttribute("aria-describedby") || "")
          .split(" ")
          .filter(function (id) { return id && id !== old.id; });
        if (described.length) {
          field.setAttribute("aria-describedby", described.join(" "));
        } else {
          field.removeAttribute("aria-describedby");
        }
      }
      old.remove();
    });
    document.querySelectorAll("#studio-problems li[data-field]").forEach(function (item) {
      const id = item.dataset.field;
      const field = document.getElementById(id);
      if (!field) {
        return;
      }
      const boxId = id + "-problems";
      let box = document.getElementById(boxId);
      if (!box) {
        box = document.createElement("ul");
        box.id = boxId;
        box.className = "field-problems";
        box.dataset.for = id;
        field.insertAdjacentElement("afterend", box);
        const described = field.getAttribute("aria-describedby");
        field.setAttribute("aria-describedby", described ? described + " " + boxId : boxId);
      }
      const copy = item.cloneNode(true);
      copy.removeAttribute("data-field");
      box.appendChild(copy);
      if (item.classList.contains("error")) {
        field.setAttribute("aria-invalid", "true");
      }
    });
  }

  function send(ops, replay) {
    queue = queue.then(function () {
      return fetch("/api/edit", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ file: file, base: base, ops: ops }),
      }).then(function (response) {
        return response.text().then(function (html) {
          window.htmx.swap("#studio-notice", html, { swapStyle: "none" });
          if (response.ok) {
            const notice = document.getElementById("studio-notice");
            if (notice) {
              notice.textContent = "";
            }
            const mine = stored();
            const kept = mine && mine.base === base ? mine.ops : [];
            remember(replay ? ops : kept.concat(ops));
            placeProblems();
            editor.dispatchEvent(new CustomEvent("studio:checked", { bubbles: true }));
          }
        });
      });
    });
    return queue;
  }

  function opOf(element) {
    if (element.dataset.section !== undefined) {
      return { op: "section", key: element.dataset.section, text: element.value };
    }
    if (!element.dataset.path) {
      return null;
    }
    const path = JSON.parse(element.dataset.path);
    const kind = element.dataset.op || "set";
    if (kind === "rename") {
      return { op: "rename", path: path, id: element.value.trim() };
    }
    if (kind === "list") {
      let items;
      try {
        items = JSON.parse(element.value);
      } catch (error) {
        items = element.value.split("\n");
      }
      return { op: "set", path: path, value: items.filter(function (s) { return s !== ""; }) };
    }
    if (element.type === "checkbox") {
      return { op: "set", path: path, value: element.checked };
    }
    if (element.type === "number") {
      return { op: "set", path: path, value: element.value === "" ? null : Number(element.value) };
    }
    return { op: "set", path: path, value: element.value };
  }

  editor.addEventListener("change", function (event) {
    const op = opOf(event.target);
    if (op) {
      send([op], false);
    }
  });

  /* Buttons the forms make: data-ops holds the operations (add, remove, move a card). */
  editor.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-ops]");
    if (button && editor.contains(button)) {
      event.preventDefault();
      send(JSON.parse(button.dataset.ops), false);
    }
  });

  /* Saved, recorded or discarded: the page came back with a new base and nothing unsaved. */
  const mine = stored();
  const serverOps = JSON.parse(editor.dataset.ops || "[]");
  if (editor.dataset.dirty === "true") {
    remember(serverOps); /* the server is ahead of (or equal to) this browser */
  } else if (mine && mine.base === base && mine.ops.length) {
    send(mine.ops, true).then(function () {
      window.location.reload();
    });
  } else {
    forget();
  }
  placeProblems();

  document.querySelectorAll("form[action='/discard'], form[action='/resolve']").forEach(function (form) {
    form.addEventListener("submit", forget);
  });
})();
