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
