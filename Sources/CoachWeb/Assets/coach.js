// Interview Coach: small enhancements. Every page works without this file; it adds a live
// word count, the answer countdown and keyboard shortcuts.
(function () {
  "use strict";

  function countWords(text) {
    var words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
    return words ? words.length : 0;
  }

  // Live word count: <textarea data-word-count="OUTPUT_ID">.
  document.querySelectorAll("textarea[data-word-count]").forEach(function (area) {
    var output = document.getElementById(area.getAttribute("data-word-count"));
    if (!output) return;
    function update() {
      var words = countWords(area.value);
      var minutes = words / 150;
      output.textContent = words === 0 ? "" :
        words + (words === 1 ? " word" : " words") + " · about " + minutes.toFixed(1) + " min spoken";
    }
    area.addEventListener("input", update);
    update();
  });

  // Countdown: <span data-countdown="SECONDS">, started by typing in
  // <textarea data-countdown-start="TIMER_ID">.
  document.querySelectorAll("textarea[data-countdown-start]").forEach(function (area) {
    var timer = document.getElementById(area.getAttribute("data-countdown-start"));
    if (!timer) return;
    var total = parseInt(timer.getAttribute("data-countdown"), 10);
    if (!(total > 0)) return;
    var started = null;
    var interval = null;
    function format(seconds) {
      var sign = seconds < 0 ? "-" : "";
      seconds = Math.abs(seconds);
      var m = Math.floor(seconds / 60);
      var s = seconds % 60;
      return sign + m + ":" + (s < 10 ? "0" : "") + s;
    }
    function tick() {
      var left = total - Math.floor((Date.now() - started) / 1000);
      timer.textContent = left >= 0 ? format(left) + " left" : format(left) + " over time";
      timer.classList.toggle("overtime", left < 0);
    }
    function start() {
      if (started !== null) return;
      started = Date.now();
      timer.classList.add("running");
      tick();
      interval = window.setInterval(tick, 1000);
    }
    timer.textContent = format(total) + " — starts when you type";
    area.addEventListener("input", start);
    area.form && area.form.addEventListener("submit", function () {
      if (interval !== null) window.clearInterval(interval);
    });
  });

  // Ctrl+Enter (or Cmd+Enter) in a text field sends its form.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    var target = event.target;
    if (!target || !target.form || !/^(TEXTAREA|INPUT)$/.test(target.tagName)) return;
    event.preventDefault();
    if (typeof target.form.requestSubmit === "function") {
      target.form.requestSubmit();
    } else {
      target.form.submit();
    }
  });

  // Map: pointing at or focusing a node brings out its lines and fades the rest.
  document.querySelectorAll("svg.topic-map").forEach(function (map) {
    var edges = Array.prototype.slice.call(map.querySelectorAll(".edge[data-ends]"));
    function light(id) {
      map.classList.toggle("focused", id !== null);
      edges.forEach(function (edge) {
        edge.classList.toggle("lit", id !== null && edge.getAttribute("data-ends").split(" ").indexOf(id) >= 0);
      });
    }
    map.querySelectorAll(".node[data-node]").forEach(function (node) {
      var id = node.getAttribute("data-node");
      node.addEventListener("mouseenter", function () { light(id); });
      node.addEventListener("mouseleave", function () { light(null); });
      node.addEventListener("focus", function () { light(id); });
      node.addEventListener("blur", function () { light(null); });
    });
  });

  // After grading, move focus to the result so keyboard and screen-reader users land on it.
  var grade = document.getElementById("grade");
  if (grade) grade.focus();
})();
