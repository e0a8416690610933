(function () {
  "use strict";
  var drop = document.getElementById("drop");
  var input = document.getElementById("report");
  var chosen = document.getElementById("chosen");
  if (!drop || !input) { return; }
  function show() { chosen.textContent = input.files.length ? input.files[0].name : ""; }
  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    drop.addEventListener(name, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });
  input.addEventListener("change", show);
}());
