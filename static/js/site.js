/* Pressroom: progressive enhancement only; every page works without this file.
 * Loaded in <head> without defer so a remembered font size applies before first paint;
 * the rest waits for the document. */
(function () {
  "use strict";

  var root = document.documentElement;
  var SIZE_KEY = "pressroom:font-size";
  var SIZES = ["small", "medium", "large"];

  function storedSize() {
    try {
      var size = window.localStorage.getItem(SIZE_KEY);
      return SIZES.indexOf(size) >= 0 ? size : "medium";
    } catch (e) {
      return "medium"; // storage blocked: the default size
    }
  }

  function applySize(size) {
    if (size === "medium") {
      root.removeAttribute("data-font-size");
    } else {
      root.setAttribute("data-font-size", size);
    }
  }

  applySize(storedSize());

  /* 大 / 中 / 小: buttons hidden until this script shows them. */
  function initFontSize() {
    var group = document.querySelector(".font-size");
    if (!group) return;
    var buttons = group.querySelectorAll("button[data-font-size]");
    function press(size) {
      for (var i = 0; i < buttons.length; i++) {
        var on = buttons[i].getAttribute("data-font-size") === size;
        buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
      }
    }
    press(storedSize());
    group.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-font-size]");
      if (!button) return;
      var size = button.getAttribute("data-font-size");
      applySize(size);
      press(size);
      try {
        window.localStorage.setItem(SIZE_KEY, size);
      } catch (e) {
        /* not remembered, still applied */
      }
    });
    group.hidden = false;
  }

  /* Copy buttons: "copy link" next to each answer's plain anchor link, and "copy
   * citation" under each cite panel's text. text(button) says what to copy. */
  function initCopyButtons(selector, text) {
    if (!navigator.clipboard || !window.isSecureContext) return;
    var buttons = document.querySelectorAll(selector);
    Array.prototype.forEach.call(buttons, function (button) {
      var status = button.parentNode.querySelector("[role=status]");
      var timer;
      function say(message) {
        if (!status) return;
        status.textContent = message;
        clearTimeout(timer);
        timer = setTimeout(function () {
          status.textContent = "";
        }, 4000);
      }
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(text(button)).then(
          function () {
            say(button.getAttribute("data-done"));
          },
          function () {
            say(button.getAttribute("data-failed"));
          }
        );
      });
      button.hidden = false;
    });
  }

  function initCopyLinks() {
    initCopyButtons(".copy-link[data-url]", function (button) {
      return button.getAttribute("data-url");
    });
    initCopyButtons(".copy-cite[data-target]", function (button) {
      var source = document.getElementById(button.getAttribute("data-target"));
      return source ? source.textContent : "";
    });
  }

  /* Table of contents: mark the question being read. */
  function initToc() {
    var links = document.querySelectorAll(".toc__link");
    if (!links.length || !("IntersectionObserver" in window)) return;
    var byId = {};
    Array.prototype.forEach.call(links, function (link) {
      byId[link.getAttribute("href").slice(1)] = link;
    });
    var visible = {};
    function mark() {
      var current = null;
      var sections = document.querySelectorAll(".segment[id]");
      for (var i = 0; i < sections.length; i++) {
        if (visible[sections[i].id]) {
          current = sections[i].id;
          break;
        }
      }
      if (!current) return; // between sections: keep the last one marked
      Array.prototype.forEach.call(links, function (link) {
        if (byId[current] === link) {
          link.setAttribute("aria-current", "location");
        } else {
          link.removeAttribute("aria-current");
        }
      });
    }
    var observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          visible[entry.target.id] = entry.isIntersecting;
        });
        mark();
      },
      { rootMargin: "0px 0px -55% 0px" }
    );
    Object.keys(byId).forEach(function (id) {
      var section = document.getElementById(id);
      if (section) observer.observe(section);
    });
  }

  function init() {
    initFontSize();
    initCopyLinks();
    initToc();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
