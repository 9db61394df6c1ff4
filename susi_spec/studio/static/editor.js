/*
 * susi studio: the editor forms (susi_spec/studio/forms) come alive here.
 *
 * No inline scripts or handlers (strict CSP): everything is bound by data attributes.
 *   [data-path]          a field; a change sends {"op":"set","path":...,"value":<text>}
 *                        (the server turns the text into the schema's type, ops.py)
 *   [data-kind=choices]  a fieldset of checkboxes; ticking inserts at the end of the list,
 *                        unticking removes the value where it stands (data-value: the list)
 *   [data-kind=promote]  a plain-text item's id (an option's, an activity's, an indicator's):
 *                        sets the item to {id, <data-text>: text} (data-text: the key the
 *                        text goes under, `text` unless told); or, with data-key (an
 *                        activity's own level, a select), to {<data-text>: text, <key>: value}
 *   button[data-op]      insert (data-index, data-value JSON), remove, move (data-src,
 *                        data-dst), rename (data-source: the input with the new id)
 *   textarea[data-section]  a Markdown section in the vendored EasyMDE (toolbar, preview);
 *                        a change sends {"op":"section","key":...,"text":...}
 *
 * Ops go as JSON {"file","base","ops"} by POST to /api/edit. `file` and `base` are read
 * from the nearest element with data-file (and data-base), the CSRF token from
 * <meta name="csrf-token"> (sent as X-CSRF-Token). The answer is JSON:
 *   {"base": "...",                  the new base, kept for the next op
 *    "slots": {"<suffix>": "<html>"}, every problems-<suffix> slot's content (the rest empty)
 *    "replace": {"<id>": "<html>"}}   elements to replace whole (the editor after an insert,
 *                                     remove, move or rename; the diagram after a change)
 *   or {"error": "<message>"} with a 4xx status: shown in the general slot.
 * A page may set data-preview-url on the data-file element: previews are then the
 * server's (the site's renderer); otherwise EasyMDE's own, cleaned by the allowlist that
 * #susi-editor carries in data-allowed-tags (render/sanitize.py's).
 */
(function () {
  "use strict";

  var TYPING_DELAY = 400;
  var timers = {};
  var queue = Promise.resolve();

  function root() {
    return document.querySelector("[data-file]") || document.body;
  }

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function generalSlot() {
    return document.getElementById("problems-general");
  }

  function send(ops, focusId) {
    // One request at a time, in order: each op applies to the base the last one returned.
    queue = queue.then(function () {
      var holder = root();
      var body = JSON.stringify({
        file: holder.getAttribute("data-file") || "",
        base: holder.getAttribute("data-base") || "",
        ops: ops
      });
      return fetch(holder.getAttribute("data-edit-url") || "/api/edit", {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
        body: body
      }).then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok || answer.error) {
            showError(answer.error || response.statusText);
            return;
          }
          apply(answer, focusId);
        });
      }).catch(function (error) {
        showError(String(error));
      });
    });
    return queue;
  }

  function showError(message) {
    var slot = generalSlot();
    if (!slot) return;
    slot.textContent = "";
    var p = document.createElement("p");
    p.className = "problem problem--error";
    p.textContent = message;
    slot.appendChild(p);
  }

  function apply(answer, focusId) {
    var holder = root();
    if (answer.base !== undefined) holder.setAttribute("data-base", answer.base);
    var active = focusId || (document.activeElement && document.activeElement.id);
    var replace = answer.replace || {};
    Object.keys(replace).forEach(function (id) {
      var old = document.getElementById(id);
      if (!old) return;
      var template = document.createElement("template");
      template.innerHTML = replace[id];  // the server's HTML: every value escaped there
      var fresh = template.content.firstElementChild;
      if (fresh) {
        old.replaceWith(fresh);
        bind(fresh);
      }
    });
    if (answer.slots) {
      document.querySelectorAll(".problems").forEach(function (slot) {
        var suffix = slot.id.replace(/^problems-/, "");
        slot.innerHTML = answer.slots[suffix] || "";
      });
    }
    if (active && Object.keys(replace).length) {
      var target = document.getElementById(active);
      if (target) target.focus();
    }
  }

  function pathOf(element) {
    return JSON.parse(element.getAttribute("data-path"));
  }

  function idOf(path) {
    return "field-" + path.join("-");
  }

  function valueOf(field) {
    return field.value;
  }

  function later(key, run) {
    // Typing is sent once it pauses; `flush` sends it at once.
    if (timers[key]) clearTimeout(timers[key].timer);
    timers[key] = {run: run, timer: setTimeout(function () { now(key); }, TYPING_DELAY)};
  }

  function now(key) {
    var pending = timers[key];
    if (!pending) return;
    clearTimeout(pending.timer);
    delete timers[key];
    pending.run();
  }

  function flush() {
    // Before an op that moves items, what was typed goes first, while its path is right.
    Object.keys(timers).forEach(now);
  }

  function onField(field) {
    var path = pathOf(field);
    var key = path.join("-");
    var sendIt = function () {
      send([{op: "set", path: path, value: valueOf(field)}]);
    };
    field.addEventListener("input", function () {
      if (field.tagName !== "SELECT") later(key, sendIt);
    });
    field.addEventListener("change", function () {
      later(key, sendIt);
      now(key);
      if (path[path.length - 1] === "level") showLevel(field);
    });
  }

  function showLevel(select) {
    // The fields a level needs appear with it; its explanation is marked in words.
    var card = select.closest(".card") || select.form || document;
    card.querySelectorAll(".by-level").forEach(function (block) {
      var needs = block.getAttribute("data-levels").split(" ");
      var filled = Array.prototype.some.call(
        block.querySelectorAll("input, textarea, li"), function (x) {
          return x.tagName === "LI" || (x.value || "") !== "";
        });
      block.hidden = needs.indexOf(select.value) < 0 && !filled;
    });
    card.querySelectorAll(".level-hint").forEach(function (hint) {
      var current = hint.getAttribute("data-level") === select.value;
      hint.classList.toggle("level-hint--current", current);
      hint.setAttribute("aria-current", current ? "true" : "false");
    });
  }

  function onChoices(fieldset) {
    fieldset.addEventListener("change", function (event) {
      var box = event.target;
      if (!box || box.type !== "checkbox") return;
      var list = JSON.parse(fieldset.getAttribute("data-value") || "[]");
      var path = pathOf(fieldset);
      var at = list.indexOf(box.value);
      var op;
      if (box.checked && at < 0) {
        op = {op: "insert", path: path, index: list.length, value: box.value};
        list.push(box.value);
      } else if (!box.checked && at >= 0) {
        op = {op: "remove", path: path.concat([at])};
        list.splice(at, 1);
      }
      fieldset.setAttribute("data-value", JSON.stringify(list));
      if (op) send([op]);
    });
  }

  function onPromote(input) {
    input.addEventListener("change", function () {
      var path = pathOf(input);
      var text = document.getElementById(idOf(path));
      var key = input.getAttribute("data-key") || "id";
      var value = key === "id" ? {id: input.value} : {};
      if (input.value === "") return;
      value[input.getAttribute("data-text") || "text"] = text ? text.value : "";
      if (key !== "id") value[key] = input.value;
      send([{op: "set", path: path, value: value}], idOf(path.concat([key])));
    });
  }

  function onButton(button) {
    button.addEventListener("click", function () {
      flush();
      var op = button.getAttribute("data-op");
      var path = pathOf(button);
      var focus = button.id;
      var message = {op: op, path: path};
      if (op === "insert") {
        message.index = Number(button.getAttribute("data-index"));
        message.value = JSON.parse(button.getAttribute("data-value"));
        focus = idOf(path.concat([message.index]));
      } else if (op === "move") {
        message.from = Number(button.getAttribute("data-src"));
        message.to = Number(button.getAttribute("data-dst"));
        focus = idOf(path.concat([message.to]));
      } else if (op === "remove") {
        focus = "add-" + path.slice(0, -1).join("-");  // the list's own add button
      } else if (op === "rename") {
        var source = document.getElementById(button.getAttribute("data-source"));
        message.id = source ? source.value.trim() : "";
        focus = "rename-" + path.join("-");
      }
      send([message], focus);
    });
  }

  function cleanPreview(html) {
    // EasyMDE's own preview, cleaned by the allowlist of render/sanitize.py (given by the
    // page): unknown elements become their text, attributes other than a few go.
    var editorRoot = document.getElementById("susi-editor") || root();
    var allowed = (editorRoot.getAttribute("data-allowed-tags") || "p em strong ul ol li code pre")
      .split(" ");
    var keep = ["href", "title", "id", "class"];
    var template = document.createElement("template");
    template.innerHTML = html;
    var walk = function (node) {
      Array.prototype.slice.call(node.children).forEach(function (child) {
        walk(child);
        var name = child.tagName.toLowerCase();
        if (["script", "style", "iframe", "object", "embed", "svg", "math", "form",
             "template", "noscript", "textarea", "select"].indexOf(name) >= 0) {
          child.remove();
          return;
        }
        if (allowed.indexOf(name) < 0) {
          child.replaceWith(document.createTextNode(child.textContent));
          return;
        }
        Array.prototype.slice.call(child.attributes).forEach(function (a) {
          var bad = keep.indexOf(a.name) < 0 ||
            (a.name === "href" && !/^(https?:|mailto:|#|\/|\.|[^:]*$)/i.test(a.value));
          if (bad) child.removeAttribute(a.name);
        });
      });
    };
    walk(template.content);
    var box = document.createElement("div");
    box.appendChild(template.content);
    return box.innerHTML;
  }

  var WORDS = {
    da: {bold: "Fed", italic: "Kursiv", heading: "Overskrift", list: "Punktliste",
         numbered: "Nummereret liste", quote: "Citat", link: "Link", preview: "Vis resultat",
         side: "Side om side", loading: "Henter visning …"},
    en: {bold: "Bold", italic: "Italic", heading: "Heading", list: "Bulleted list",
         numbered: "Numbered list", quote: "Quote", link: "Link", preview: "Preview",
         side: "Side by side", loading: "Loading preview …"}
  };

  function button(name, action, text, always) {
    return {name: name, action: action, text: text, title: text, noDisable: !!always};
  }

  function onMarkdown(area) {
    var key = area.getAttribute("data-section");
    var send_ = function (text) { send([{op: "section", key: key, text: text}]); };
    if (typeof window.EasyMDE !== "function") {
      // Without the editor the textarea itself is the editor.
      area.addEventListener("change", function () { send_(area.value); });
      return;
    }
    var lang = (area.closest("[lang]") || document.documentElement).getAttribute("lang");
    var w = WORDS[lang === "en" ? "en" : "da"];
    var previewUrl = root().getAttribute("data-preview-url");
    var editor = new window.EasyMDE({
      element: area,
      autoDownloadFontAwesome: false,
      spellChecker: false,
      status: false,
      forceSync: true,
      minHeight: "8em",
      // Each button shows its name in words: the visible text is the accessible name
      // (WCAG 2.5.3, axe's label-in-name), and no icon font is needed.
      toolbar: [
        button("bold", window.EasyMDE.toggleBold, w.bold),
        button("italic", window.EasyMDE.toggleItalic, w.italic),
        button("heading", window.EasyMDE.toggleHeadingSmaller, w.heading),
        "|",
        button("unordered-list", window.EasyMDE.toggleUnorderedList, w.list),
        button("ordered-list", window.EasyMDE.toggleOrderedList, w.numbered),
        button("quote", window.EasyMDE.toggleBlockquote, w.quote),
        button("link", window.EasyMDE.drawLink, w.link),
        "|",
        button("preview", window.EasyMDE.togglePreview, w.preview, true),
        button("side-by-side", window.EasyMDE.toggleSideBySide, w.side, true)
      ],
      renderingConfig: {sanitizerFunction: cleanPreview},
      previewRender: previewUrl ? function (text, preview) {
        fetch(previewUrl, {
          method: "POST", credentials: "same-origin",
          headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf()},
          body: JSON.stringify({key: key, text: text})
        }).then(function (r) { return r.json(); }).then(function (answer) {
          preview.innerHTML = answer.html || "";  // the site's renderer, sanitised there
        });
        return w.loading;
      } : undefined
    });
    var label = document.querySelector('label[for="' + area.id + '"]');
    var input = editor.codemirror.getInputField();
    if (label) input.setAttribute("aria-label", label.textContent);
    input.setAttribute("aria-describedby", area.getAttribute("aria-describedby") || "");
    // EasyMDE takes its toolbar out of the tab order; keyboard users need it in.
    editor.gui.toolbar.querySelectorAll("button").forEach(function (b) { b.tabIndex = 0; });
    editor.codemirror.on("change", function () {
      later("section-" + key, function () { send_(editor.value()); });
    });
  }

  function bind(scope) {
    var all = function (selector) {
      var found = Array.prototype.slice.call(scope.querySelectorAll(selector));
      if (scope.matches && scope.matches(selector)) found.unshift(scope);
      return found;
    };
    all("input[data-path]:not([data-kind=promote]), textarea[data-path], " +
        "select[data-path]:not([data-kind=promote])").forEach(onField);
    all("fieldset[data-kind=choices]").forEach(onChoices);
    all("input[data-kind=promote], select[data-kind=promote]").forEach(onPromote);
    all("button[data-op]").forEach(onButton);
    all("textarea[data-section]").forEach(onMarkdown);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var editor = document.getElementById("susi-editor");
    if (editor) bind(editor);
  });
}());
