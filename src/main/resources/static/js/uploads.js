// Uploads as an enhancement (pages work without it): a file over the limit is refused in the page before anything is
// sent, so what was typed stays; large uploads show their progress. The server checks the same limits again.
(function () {
  'use strict';
  var meta = function (name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? parseInt(m.getAttribute('content'), 10) : 0;
  };
  var perFile = meta('upload-max-bytes');
  var perRequest = meta('upload-max-request-bytes');
  var progressFrom = 1024 * 1024;

  var mb = function (bytes) { return (bytes / 1048576).toFixed(1) + 'MB'; };

  var messageFor = function (input) {
    var id = input.id + '-size-error';
    var el = document.getElementById(id);
    if (!el) {
      el = document.createElement('span');
      el.id = id;
      el.className = 'field-error';
      el.setAttribute('role', 'alert');
      input.insertAdjacentElement('afterend', el);
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    }
    return el;
  };

  var check = function (input) {
    var tooLarge = Array.prototype.filter.call(input.files || [], function (f) { return perFile && f.size > perFile; });
    var el = messageFor(input);
    if (tooLarge.length) {
      el.textContent = '文件“' + tooLarge[0].name + '”有' + mb(tooLarge[0].size) + '，超过了每个文件' + mb(perFile)
        + '的限制，请压缩或分成几个文件后再选择。';
      input.setAttribute('aria-invalid', 'true');
      return false;
    }
    el.textContent = '';
    input.removeAttribute('aria-invalid');
    return true;
  };

  var total = function (form) {
    var sum = 0;
    Array.prototype.forEach.call(form.querySelectorAll('input[type=file]'), function (input) {
      Array.prototype.forEach.call(input.files || [], function (f) { sum += f.size; });
    });
    return sum;
  };

  var sendWithProgress = function (form, size, submitter) {
    var bar = document.createElement('progress');
    bar.max = size;
    bar.value = 0;
    var label = document.createElement('p');
    label.setAttribute('role', 'status');
    label.className = 'upload-progress';
    label.textContent = '正在上传…';
    label.appendChild(bar);
    form.appendChild(label);
    Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (b) { b.disabled = true; });
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = e.loaded;
        label.firstChild.textContent = '正在上传 ' + Math.round(e.loaded * 100 / e.total) + '% ';
      }
    });
    xhr.addEventListener('load', function () {
      // The answer is the page the form would have led to (after its redirect); show it as the browser would.
      document.open();
      document.write(xhr.responseText);
      document.close();
      if (xhr.responseURL && xhr.status < 400) {
        history.replaceState(null, '', xhr.responseURL);
      }
    });
    xhr.addEventListener('error', function () {
      label.textContent = '上传中断，请检查网络后重新提交。您填写的内容仍在本页。';
      Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (b) { b.disabled = false; });
    });
    xhr.send(submitter ? new FormData(form, submitter) : new FormData(form));
  };

  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('input[type=file]')) {
      check(e.target);
    }
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.matches || !form.matches('form[enctype="multipart/form-data"]')) {
      return;
    }
    var inputs = form.querySelectorAll('input[type=file]');
    var ok = true;
    Array.prototype.forEach.call(inputs, function (input) { ok = check(input) && ok; });
    var size = total(form);
    if (ok && perRequest && size > perRequest) {
      messageFor(inputs[inputs.length - 1]).textContent = '所选文件合计' + mb(size) + '，超过了一次提交' + mb(perRequest)
        + '的限制，请先提交一部分，再在申请页面补充上传其余文件。';
      ok = false;
    }
    if (!ok) {
      e.preventDefault();
      var first = form.querySelector('[aria-invalid=true]') || inputs[inputs.length - 1];
      if (first) { first.focus(); }
      return;
    }
    if (size >= progressFrom && window.FormData && window.XMLHttpRequest) {
      e.preventDefault();
      sendWithProgress(form, size, e.submitter);
    }
  });
})();
