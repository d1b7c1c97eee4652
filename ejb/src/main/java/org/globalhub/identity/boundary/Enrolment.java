package org.globalhub.identity.boundary;

/** A new authenticator secret, to show as a QR code (the otpauth URI) and as text. */
public record Enrolment(String secret, String uri) {}
