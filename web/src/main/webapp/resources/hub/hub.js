// Global Hub: the one script of every page (no framework). Runs in the head, before the page is drawn.
// On narrow screens the header's menu folds behind a button; without this script it simply stays open.
(function () {
    var root = document.documentElement;
    root.classList.add('js');
    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('menuButton');
        var header = button && button.closest('header');
        if (!header) {
            return;
        }
        button.addEventListener('click', function () {
            var open = header.classList.toggle('menu-open');
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && header.classList.contains('menu-open')) {
                header.classList.remove('menu-open');
                button.setAttribute('aria-expanded', 'false');
                button.focus();
            }
        });
    });
})();

// Search forms sent by GET (the catalogue's filters) leave empty fields out of the URL, so that a result's
// address stays short enough to read and share. Without this script the same search works with a longer URL.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[method="get"][role="search"]')) {
        return;
    }
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
        if (value !== '') {
            query.append(name, value);
        }
    });
    event.preventDefault();
    var text = query.toString();
    window.location.assign(form.action + (text ? '?' + text : ''));
});

// Keyboard access and names that widgets and narrow screens leave out (WCAG 2.1: 2.1.1, 4.1.2):
// - a table or box that scrolls sideways (phones) takes the focus, so that arrow keys can scroll it;
// - a rich-text editor's editing area is named after its field's label.
(function () {
    function scrollable() {
        document.querySelectorAll('table.table, .table-scroll').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) {
                box.setAttribute('tabindex', '0');
            }
        });
    }
    function editors() {
        document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
            var label = document.querySelector('label[for="' + editor.id + '"]');
            if (!label || !label.id) {
                return;
            }
            [editor].concat(Array.prototype.slice.call(editor.querySelectorAll('[contenteditable], [role]')))
                .forEach(function (area) {
                    if (area.getAttribute('role') || area.isContentEditable) {
                        area.setAttribute('aria-labelledby', label.id);
                    }
                });
        });
    }
    window.addEventListener('load', function () {
        scrollable();
        editors();
    });
    window.addEventListener('resize', scrollable);
})();

// Form errors (WCAG 2.1: 3.3.1, 3.3.3): the error summary at the top takes the focus; each field with a message
// is marked invalid and shows its message beside it; the summary's links move the focus to their field.
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('#messageList.error-summary');
    if (!summary) {
        return;
    }
    summary.querySelectorAll('a[data-for]').forEach(function (link) {
        var field = document.getElementById(link.getAttribute('data-for'));
        if (!field) {
            return;
        }
        var note = document.createElement('span');
        note.className = 'field-error';
        note.id = field.id + '-error';
        note.textContent = link.textContent;
        if (!document.getElementById(note.id)) {
            field.insertAdjacentElement('afterend', note);
        }
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby',
            ((field.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
        link.addEventListener('click', function (event) {
            event.preventDefault();
            var target = field.matches('input, select, textarea, button') ? field
                : field.querySelector('input, select, textarea') || field;
            target.focus();
        });
    });
    summary.focus();
});

// Forms that must be sent once (feedback, concerns): a second press while the first is on its way does nothing,
// and the button shows that the form is being sent.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('once')) {
        return;
    }
    if (form.getAttribute('data-sent') === 'true') {
        event.preventDefault();
        return;
    }
    form.setAttribute('data-sent', 'true');
    form.setAttribute('aria-busy', 'true');
    form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (button) {
        button.setAttribute('aria-disabled', 'true');
        button.classList.add('sending');
    });
});
// A page restored from the back/forward cache gets its forms back, ready to send again.
window.addEventListener('pageshow', function () {
    document.querySelectorAll('form.once[data-sent]').forEach(function (form) {
        form.removeAttribute('data-sent');
        form.removeAttribute('aria-busy');
        form.querySelectorAll('.sending').forEach(function (button) {
            button.removeAttribute('aria-disabled');
            button.classList.remove('sending');
        });
    });
});

// The comparison tray (/WEB-INF/includes/compare-tray.xhtml): ticks are kept for this visit (sessionStorage) across
// the finder's and the shortlist's pages, up to four; a fifth is refused with a message; "Compare" compares the
// kept tools. Nothing is sent anywhere: the kept tools are this tab's own.
document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('compareForm');
    var tray = document.getElementById('compareTray');
    if (!form || !tray) {
        return;
    }
    var key = 'hub-compare';
    var max = parseInt(tray.getAttribute('data-max'), 10) || 4;
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name=ids]'));
    function load() {
        try {
            return JSON.parse(window.sessionStorage.getItem(key)) || [];
        } catch (e) {
            return [];
        }
    }
    function save(kept) {
        window.sessionStorage.setItem(key, JSON.stringify(kept));
    }
    function render(kept, message) {
        tray.hidden = kept.length === 0 && !message;
        tray.querySelector('.tray-count').textContent =
            tray.getAttribute('data-count').replace('{0}', kept.length).replace('{1}', max);
        var list = tray.querySelector('.tray-tools');
        list.textContent = '';
        kept.forEach(function (tool) {
            var item = document.createElement('li');
            item.textContent = tool.name;
            item.setAttribute('dir', 'auto');
            list.appendChild(item);
        });
        tray.querySelector('.tray-message').textContent = message || '';
    }
    boxes.forEach(function (box) {
        box.checked = load().some(function (tool) { return tool.id === box.value; });
        box.addEventListener('change', function () {
            var kept = load().filter(function (tool) { return tool.id !== box.value; });
            if (box.checked) {
                if (kept.length >= max) {
                    box.checked = false;
                    render(kept, tray.getAttribute('data-full'));
                    return;
                }
                kept.push({ id: box.value, name: box.getAttribute('data-name') || box.value });
            }
            save(kept);
            render(kept);
        });
    });
    tray.querySelector('.tray-clear').addEventListener('click', function () {
        save([]);
        boxes.forEach(function (box) { box.checked = false; });
        render([]);
    });
    form.addEventListener('submit', function (event) {
        var kept = load();
        if (kept.length === 0) {
            return;
        }
        event.preventDefault();
        window.location.assign(form.action + '?ids=' + kept.map(function (tool) {
            return encodeURIComponent(tool.id);
        }).join(','));
    });
    render(load());
});

// Folds that only phones need (details.fold: the catalogue's filters): open on wider screens, so that their
// fields are in sight and in the keyboard's path. hub.css shows them there even without this script.
(function () {
    var wide = window.matchMedia('(min-width: 48.01rem)');
    function openOnWideScreens() {
        if (wide.matches) {
            document.querySelectorAll('details.fold').forEach(function (fold) {
                fold.open = true;
            });
        }
    }
    document.addEventListener('DOMContentLoaded', openOnWideScreens);
    wide.addEventListener('change', openOnWideScreens);
})();
