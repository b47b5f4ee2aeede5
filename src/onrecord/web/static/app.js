// onrecord web app: the hover/click card on an article's quotes. Everything works without this
// file (each quote links to its card in the list below the text); it only brings the card to
// the quote. No inline scripts anywhere: the Content-Security-Policy forbids them.
(function () {
  "use strict";
  var pop = null;
  var current = null;
  var pinned = false;

  function card(mark) {
    var id = mark.getAttribute("data-card");
    return id ? document.getElementById(id) : null;
  }

  function hide() {
    if (pop) { pop.hidden = true; }
    if (current) { current.classList.remove("open"); current.setAttribute("aria-expanded", "false"); }
    current = null;
    pinned = false;
  }

  function show(mark) {
    var source = card(mark);
    if (!source) { return; }
    if (!pop) {
      pop = document.createElement("div");
      pop.className = "popcard";
      pop.setAttribute("role", "tooltip");
      pop.id = "popcard";
      pop.setAttribute("data-testid", "popcard");
      document.body.appendChild(pop);
    }
    if (current && current !== mark) { current.classList.remove("open"); }
    var copy = source.cloneNode(true);
    copy.removeAttribute("id");
    pop.replaceChildren.apply(pop, Array.prototype.slice.call(copy.childNodes));
    pop.hidden = false;
    current = mark;
    mark.classList.add("open");
    mark.setAttribute("aria-expanded", "true");
    var box = mark.getBoundingClientRect();
    var left = Math.min(box.left + window.scrollX,
                        window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(window.scrollX + 8, left) + "px";
    pop.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var marks = document.querySelectorAll("a.q[data-card]");
    Array.prototype.forEach.call(marks, function (mark) {
      mark.setAttribute("aria-describedby", mark.getAttribute("data-card"));
      mark.setAttribute("aria-expanded", "false");
      mark.addEventListener("mouseenter", function () { if (!pinned) { show(mark); } });
      mark.addEventListener("mouseleave", function () {
        if (!pinned && document.activeElement !== mark) { hide(); }
      });
      mark.addEventListener("focus", function () { if (!pinned) { show(mark); } });
      mark.addEventListener("blur", function () {
        window.setTimeout(function () {
          if (!pinned && current === mark && pop && !pop.contains(document.activeElement)) {
            hide();
          }
        }, 0);
      });
      mark.addEventListener("click", function (event) {
        event.preventDefault();
        if (pinned && current === mark) { hide(); return; }
        show(mark);
        pinned = true;
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && current) { var m = current; hide(); m.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (pinned && pop && !pop.contains(event.target) && !(current && current.contains(event.target))) {
        hide();
      }
    });
  });
}());
