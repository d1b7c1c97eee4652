/**
 * Who gets in and what they may do: the Hub's own accounts (registration, e-mail check, vetting by
 * curators, suspension, yearly re-verification), passwords (PBKDF2, ASVS rules), the second factor
 * (TOTP with recovery codes), protection against guessing, and the roles. The web module hands a
 * verified login to the container through Jakarta Security. It may call {@code audit}.
 */
package org.globalhub.identity;
