/* The theory of change: drawn by the vendored Mermaid at a readable size, with a full-screen
   view to zoom and pan (mouse, touch and keyboard: + − 0 arrows, Esc closes). Without this
   script the text version stands open in its place. */
(function () {
  "use strict";
  var figures = document.querySelectorAll("figure.susi-diagram");
  if (!figures.length || typeof mermaid === "undefined") return;
  var SMALL = window.matchMedia("(max-width: 44em)");
  var READABLE = 0.75; // never drawn smaller on the page: 16 px labels stay 12 px
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: "base",
    fontFamily: getComputedStyle(document.body).fontFamily,
    themeVariables: { lineColor: "#4a5561", fontSize: "16px" },
    flowchart: { useMaxWidth: false }
  });

  function button(text, label, cls) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "susi-viewer__button" + (cls ? " " + cls : "");
    b.textContent = text;
    if (label) b.setAttribute("aria-label", label);
    return b;
  }

  function viewer(figure, drawing, svg, natural) {
    var dialog = document.createElement("dialog");
    dialog.className = "susi-viewer";
    dialog.setAttribute("aria-label", "Forandringsteorien i fuld skærm");
    var bar = document.createElement("div");
    bar.className = "susi-viewer__bar";
    var zoomIn = button("+", "Zoom ind");
    var zoomOut = button("−", "Zoom ud");
    var fit = button("Tilpas", "Tilpas til skærmen");
    var close = button("Luk", "Luk fuld skærm", "susi-viewer__close");
    var help = document.createElement("p");
    help.className = "susi-viewer__help";
    help.textContent = "Træk eller brug piletasterne for at flytte, + og − for at zoome, Esc for at lukke.";
    [zoomIn, zoomOut, fit, close, help].forEach(function (e) { bar.appendChild(e); });
    var stage = document.createElement("div");
    stage.className = "susi-viewer__stage";
    stage.tabIndex = 0;
    stage.setAttribute("role", "region");
    stage.setAttribute("aria-label", "Diagrammet; flyt med piletasterne");
    dialog.appendChild(bar);
    dialog.appendChild(stage);
    document.body.appendChild(dialog);

    var scale = 1, x = 0, y = 0;
    function apply() {
      svg.style.transform = "translate(" + x + "px," + y + "px) scale(" + scale + ")";
    }
    function fitToStage() {
      var w = stage.clientWidth, h = stage.clientHeight;
      scale = Math.min(w / natural.width, h / natural.height, 2);
      x = (w - natural.width * scale) / 2;
      y = Math.max(0, (h - natural.height * scale) / 2);
      apply();
    }
    function zoom(factor, cx, cy) {
      var next = Math.min(6, Math.max(0.1, scale * factor));
      if (cx === undefined) { cx = stage.clientWidth / 2; cy = stage.clientHeight / 2; }
      x = cx - (cx - x) * (next / scale);
      y = cy - (cy - y) * (next / scale);
      scale = next;
      apply();
    }
    zoomIn.addEventListener("click", function () { zoom(1.25); });
    zoomOut.addEventListener("click", function () { zoom(0.8); });
    fit.addEventListener("click", fitToStage);
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("keydown", function (event) {
      var step = 60, keys = {
        "+": function () { zoom(1.25); }, "=": function () { zoom(1.25); },
        "-": function () { zoom(0.8); }, "−": function () { zoom(0.8); },
        "0": fitToStage,
        ArrowLeft: function () { x += step; apply(); },
        ArrowRight: function () { x -= step; apply(); },
        ArrowUp: function () { y += step; apply(); },
        ArrowDown: function () { y -= step; apply(); }
      };
      if (keys[event.key] && !event.altKey && !event.ctrlKey && !event.metaKey) {
        keys[event.key]();
        event.preventDefault();
      }
    });
    stage.addEventListener("wheel", function (event) {
      var box = stage.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - box.left, event.clientY - box.top);
      event.preventDefault();
    }, { passive: false });
    var drag = null;
    stage.addEventListener("pointerdown", function (event) {
      drag = { id: event.pointerId, x: event.clientX - x, y: event.clientY - y };
      stage.setPointerCapture(event.pointerId);
    });
    stage.addEventListener("pointermove", function (event) {
      if (!drag || drag.id !== event.pointerId) return;
      x = event.clientX - drag.x;
      y = event.clientY - drag.y;
      apply();
    });
    stage.addEventListener("pointerup", function () { drag = null; });
    stage.addEventListener("pointercancel", function () { drag = null; });

    var open = button("Vis diagrammet i fuld skærm", "", "susi-diagram__open");
    open.addEventListener("click", function () {
      stage.appendChild(svg); // moved, not copied: the drawing's ids stay unique
      svg.setAttribute("width", String(natural.width));
      svg.setAttribute("height", String(natural.height));
      dialog.showModal();
      fitToStage();
      stage.focus();
    });
    dialog.addEventListener("close", function () {
      svg.style.transform = "";
      drawing.appendChild(svg);
      sizeOnPage(drawing, svg, natural);
      open.focus();
    });
    figure.insertBefore(open, figure.firstChild);
  }

  function sizeOnPage(drawing, svg, natural) {
    var width = Math.max(Math.min(drawing.clientWidth, natural.width), natural.width * READABLE);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(width * natural.height / natural.width));
  }

  Array.prototype.forEach.call(figures, function (figure, index) {
    var source = figure.querySelector("pre.susi-mermaid");
    var text = figure.parentNode.querySelector("details.susi-toc-details");
    if (!source) return;
    mermaid.render("susi-diagram-" + index, source.textContent).then(function (result) {
      var drawing = document.createElement("div");
      drawing.className = "susi-diagram__drawing susi-scroll";
      drawing.tabIndex = 0;
      drawing.setAttribute("role", "region");
      drawing.setAttribute("aria-label", "Forandringsteorien som diagram, kan rulles vandret");
      drawing.innerHTML = result.svg;
      source.replaceWith(drawing);
      var svg = drawing.querySelector("svg");
      var box = svg.viewBox.baseVal;
      var natural = { width: box.width, height: box.height };
      svg.removeAttribute("style");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", "Forandringsteorien som diagram; den står også som tekst under diagrammet.");
      svg.removeAttribute("aria-roledescription");
      sizeOnPage(drawing, svg, natural);
      window.addEventListener("resize", function () { sizeOnPage(drawing, svg, natural); });
      figure.classList.add("susi-diagram--drawn");
      // The text version stays open where the drawing is too small to read: on a phone.
      if (text && !SMALL.matches) text.open = false;
      viewer(figure, drawing, svg, natural);
    });
  });
})();
