package org.globalhub.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.globalhub.platform.BusinessException;

/**
 * Translated messages for backing beans: the {@code msg} bundle in the visitor's language. An
 * argument that names a field (a key under {@code field.}) is shown by its translated label.
 */
public final class Messages {

    public static final String BUNDLE = "org.globalhub.web.i18n.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] =
                    arguments[i] instanceof String name && bundle.containsKey("field." + name)
                            ? bundle.getString("field." + name)
                            : arguments[i];
        }
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(shown);
    }

    /** The page's language ("en", "ar", ...): the visitor's choice, as the view shows it. */
    public static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** Whether the visitor's bundle has {@code key}. */
    public static boolean known(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale()).containsKey(key);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(BusinessException e) {
        List<Object> arguments = e.arguments();
        add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), arguments.toArray()));
    }

    /**
     * Runs one service call of a backing-bean action: on success, a translated confirmation kept
     * across the redirect to {@code outcome}; on a broken business rule, its message, and the same
     * page again with what the person typed.
     */
    public static String attempt(Runnable serviceCall, String doneKey, String outcome) {
        try {
            serviceCall.run();
        } catch (BusinessException e) {
            error(e);
            return null;
        }
        info(doneKey);
        keepForRedirect();
        return outcome;
    }

    /** Keeps messages across the redirect that follows a successful action. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
