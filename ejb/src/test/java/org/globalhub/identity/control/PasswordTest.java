package org.globalhub.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.globalhub.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void hashesAreSaltedSlowAndVerifiable() {
        String first = PasswordHasher.hash("correct horse battery".toCharArray());
        String second = PasswordHasher.hash("correct horse battery".toCharArray());
        assertTrue(first.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(!first.equals(second), "a new salt every time");
        assertTrue(PasswordHasher.matches("correct horse battery".toCharArray(), first));
        assertFalse(PasswordHasher.matches("correct horse batterz".toCharArray(), first));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$abc"));
    }

    @Test
    void policyPrefersLengthAndRefusesCommonAndPersonalPasswords() {
        assertEquals(
                "error.password.short",
                assertThrows(
                                InvalidInputException.class,
                                () -> PasswordPolicy.check("Sh0rt!pass", "a@b.example"))
                        .messageKey());
        assertEquals(
                "error.password.long",
                assertThrows(
                                InvalidInputException.class,
                                () -> PasswordPolicy.check("x".repeat(129), "a@b.example"))
                        .messageKey());
        assertEquals(
                "error.password.common",
                assertThrows(
                                InvalidInputException.class,
                                () -> PasswordPolicy.check("Password1234", "a@b.example"))
                        .messageKey());
        assertEquals(
                "error.password.personal",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        PasswordPolicy.check(
                                                "amina.diallo-2026", "amina.diallo@police.example"))
                        .messageKey());
        PasswordPolicy.check("river tram yellow lamp", "a@b.example");
        assertEquals(
                "error.password.mismatch",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        PasswordPolicy.check(
                                                "river tram yellow lamp",
                                                "river tram yellow lamb",
                                                "a@b.example"))
                        .messageKey());
        PasswordPolicy.check("ночь улица фонарь", "a@b.example");
        assertTrue(PasswordPolicy.commonCount() > 150);
    }
}
