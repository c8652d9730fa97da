// Irreversible actions are confirmed. Without JavaScript the form's required checkbox does it; with JavaScript the
// checkbox gives way to a dialog asking the same question, and is ticked when the person agrees.
(function () {
  'use strict';
  var boxes = document.querySelectorAll('input[type=checkbox][data-confirm]');
  Array.prototype.forEach.call(boxes, function (box) {
    box.required = false;
    var wrapper = box.closest('.confirm-step');
    if (wrapper) { wrapper.hidden = true; }
  });
  document.addEventListener('submit', function (e) {
    var box = e.target.querySelector && e.target.querySelector('input[type=checkbox][data-confirm]');
    if (!box) { return; }
    if (window.confirm(box.getAttribute('data-confirm'))) {
      box.checked = true;
    } else {
      e.preventDefault();
    }
  });
})();
