// Tells the Hub the viewer's time zone (a cookie read by the events page), so that event times are shown in it.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('hub-tz=') < 0) {
            document.cookie = 'hub-tz=' + encodeURIComponent(zone) + '; path=/; SameSite=Lax; Secure';
            if (location.search.indexOf('tz=') < 0) {
                location.reload();
            }
        }
    } catch (e) {
        // no Intl support: the page stays in UTC and offers a selector
    }
})();
