package org.globalhub.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The visitor's language: the one they chose (remembered in a cookie for a year), else the first of
 * their browser's preferred languages that the Hub speaks, else English. Arabic pages are right to
 * left.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The six UN languages, in the order the switcher shows them. */
    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    static final String COOKIE = "hub-lang";
    static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale = Locale.ENGLISH;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return; // first met outside a page (LanguageServlet): it chooses the language itself
        }
        ExternalContext external = faces.getExternalContext();
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie chosen && LANGUAGES.contains(chosen.getValue())) {
            locale = of(chosen.getValue());
            return;
        }
        for (Iterator<Locale> preferred = external.getRequestLocales(); preferred.hasNext(); ) {
            String language = preferred.next().getLanguage();
            if (LANGUAGES.contains(language)) {
                locale = of(language);
                return;
            }
        }
    }

    /** Switches this session's language (LanguageServlet remembers it in the cookie). */
    void choose(String language) {
        locale = of(language);
    }

    /**
     * The locale that formats a language of the Hub: one digit style per language, used everywhere.
     * Arabic uses the digits 0-9 (as in the Maghreb and on most of the region's official sites, and
     * as in codes, ids and addresses), not the Arabic-Indic digits Java's CLDR data would give.
     */
    static Locale of(String language) {
        return "ar".equals(language)
                ? Locale.forLanguageTag("ar-u-nu-latn")
                : Locale.forLanguageTag(language);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public String getDirection() {
        return "ar".equals(locale.getLanguage()) ? "rtl" : "ltr";
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** A language's name in that language itself, as switchers show it. */
    public String nativeName(String language) {
        Locale target = Locale.forLanguageTag(language);
        String name = target.getDisplayLanguage(target);
        return name.substring(0, 1).toUpperCase(target) + name.substring(1);
    }

    /** A language code's name in the visitor's language (for tools' languages). */
    public String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    /** A country code's name in the visitor's language. */
    public String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }
}
