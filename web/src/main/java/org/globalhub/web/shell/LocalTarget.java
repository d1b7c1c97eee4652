package org.globalhub.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** Where a plain form goes back to: a page of the Hub itself, never another site. */
final class LocalTarget {

    private LocalTarget() {}

    /**
     * The request's {@code back} parameter when it is a path of this application (with its query),
     * else the application's start page.
     */
    static String back(HttpServletRequest request) {
        return back(request.getContextPath(), request.getParameter("back"));
    }

    /** {@code back} when it is a path under {@code contextPath}, else {@code contextPath + "/"}. */
    static String back(String contextPath, String back) {
        String home = contextPath + "/";
        if (back == null
                || back.length() > 2000
                || !back.startsWith(home)
                || back.startsWith("//")) {
            return home;
        }
        try {
            URI uri = new URI(back);
            boolean local =
                    uri.getScheme() == null
                            && uri.getRawAuthority() == null
                            && uri.getRawFragment() == null
                            && !uri.getRawPath().contains("/../")
                            && !uri.getRawPath().contains("\\");
            return local ? back : home;
        } catch (URISyntaxException e) {
            return home;
        }
    }
}
