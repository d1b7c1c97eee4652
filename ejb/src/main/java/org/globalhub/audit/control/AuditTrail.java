package org.globalhub.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.globalhub.audit.entity.AuditEntry;

/** Records and reads audit entries inside the caller's transaction. */
public final class AuditTrail {

    private final EntityManager em;
    private final Clock clock;

    public AuditTrail(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Security events (everything done to or by an account: logins, second factors, suspensions,
     * roles, passwords) also go to the log category {@value #SECURITY_LOG}, one line each, which
     * configure-hub.cli writes to {@code security.log} for a SIEM to collect.
     */
    public static final String SECURITY_LOG = "org.globalhub.security";

    private static final Logger SECURITY = Logger.getLogger(SECURITY_LOG);

    public void record(
            String actor, String action, String subjectType, Object subjectId, String details) {
        if ("Account".equals(subjectType) || action.startsWith("login.")) {
            SECURITY.info(
                    () ->
                            "event="
                                    + action
                                    + " subject="
                                    + subjectType
                                    + "/"
                                    + subjectId
                                    + " actor="
                                    + quoted(actor)
                                    + (details == null
                                            ? ""
                                            : " details=" + quoted(withoutNameTried(details))));
        }
        em.persist(
                new AuditEntry(
                        Instant.now(clock),
                        actor,
                        action,
                        subjectType,
                        String.valueOf(subjectId),
                        details));
    }

    /**
     * A value as one token of a log line: quoted; quotes and backslashes escaped, and every control
     * or line-separating character written as a backslash-u escape, so that no SIEM parser splits
     * it.
     */
    static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder token = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                token.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                token.append(String.format("\\u%04x", (int) c));
            } else {
                token.append(c);
            }
        }
        return token.append('"').toString();
    }

    /**
     * The name typed at a failed login is often a password typed into the wrong field: it stays in
     * the audit trail (administrators only, under its retention) but never goes to the log file.
     */
    static String withoutNameTried(String details) {
        return details.replaceAll(" \\(name tried: .*\\)$", "");
    }

    public List<AuditEntry> historyOf(String subjectType, Object subjectId, int max) {
        return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", String.valueOf(subjectId))
                .setMaxResults(max)
                .getResultList();
    }
}
