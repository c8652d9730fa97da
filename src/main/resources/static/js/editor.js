// A formatting toolbar for the article body: it only writes the HTML an officer could type by hand, so the page
// works the same without it, and the server sanitises whatever arrives.
(function () {
  'use strict';

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function lines(text) {
    return text.split(/\r?\n/).map(function (line) { return line.trim(); }).filter(function (line) { return line !== ''; });
  }

  function list(tag) {
    return function (text) {
      return '<' + tag + '>\n' + lines(text).map(function (line) { return '  <li>' + line + '</li>'; }).join('\n') + '\n</' + tag + '>';
    };
  }

  // Rows pasted from a spreadsheet arrive tab-separated; the first row becomes the heading.
  function table(text) {
    var rows = lines(text).map(function (line) { return line.split('\t'); });
    if (rows.length === 0) {
      return '<table>\n  <tr><th scope="col">标题</th></tr>\n  <tr><td>内容</td></tr>\n</table>';
    }
    return '<table>\n' + rows.map(function (cells, index) {
      var tag = index === 0 ? 'th scope="col"' : 'td';
      var close = index === 0 ? 'th' : 'td';
      // Cells are text (a "<5吨" or "A&B" must survive), unlike the other buttons' selection, which may hold markup.
      return '  <tr>' + cells.map(function (cell) { return '<' + tag + '>' + escape(cell.trim()) + '</' + close + '>'; }).join('') + '</tr>';
    }).join('\n') + '\n</table>';
  }

  var actions = [
    ['段落', function (text) { return lines(text).map(function (line) { return '<p>' + line + '</p>'; }).join('\n') || '<p></p>'; }],
    ['小标题', function (text) { return '<h2>' + text.trim() + '</h2>'; }],
    ['加粗', function (text) { return '<strong>' + text + '</strong>'; }],
    ['列表', list('ul')],
    ['编号列表', list('ol')],
    ['链接', function (text) {
      var address = window.prompt('链接地址（以 http:// 或 https:// 开头）', 'https://');
      if (!address || !/^https?:\/\//.test(address)) {
        return null;
      }
      return '<a href="' + escape(address) + '">' + (text || escape(address)) + '</a>';
    }],
    ['表格', table]
  ];

  function attach(area) {
    var bar = document.createElement('div');
    bar.className = 'toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', '格式工具');
    bar.setAttribute('aria-controls', area.id);
    actions.forEach(function (action) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = action[0];
      button.addEventListener('click', function () {
        var start = area.selectionStart;
        var end = area.selectionEnd;
        var replacement = action[1](area.value.substring(start, end));
        if (replacement === null) {
          return;
        }
        area.setRangeText(replacement, start, end, 'select');
        area.focus();
      });
      bar.appendChild(button);
    });
    area.parentNode.insertBefore(bar, area);
  }

  document.querySelectorAll('textarea[data-editor]').forEach(attach);
})();
