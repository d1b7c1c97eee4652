package org.globalhub.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.globalhub.platform.InvalidInputException;

/**
 * Password rules of OWASP ASVS 4 (V2.1): length over complexity. At least 12 characters, up to 128,
 * any characters, no composition rules; refused when it is a common password (list shipped with the
 * Hub) or contains the person's own e-mail name.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    private static Set<String> load() {
        try (InputStream in =
                        PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #check(String, String)}, for forms that ask for the password twice. */
    public static void check(String password, String repeated, String email) {
        if (password == null || !password.equals(repeated)) {
            throw new InvalidInputException("error.password.mismatch");
        }
        check(password, email);
    }

    /**
     * @throws InvalidInputException with a key that says which rule the password breaks
     */
    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            throw new InvalidInputException("error.password.short", MIN);
        }
        if (password.length() > MAX) {
            throw new InvalidInputException("error.password.long", MAX);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!.]+$", ""))) {
            throw new InvalidInputException("error.password.common");
        }
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
        if (name.length() >= 4 && lower.contains(name)) {
            throw new InvalidInputException("error.password.personal");
        }
    }

    static int commonCount() {
        return COMMON.size();
    }
}
