package org.globalhub.privacy.boundary;

import java.util.List;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.identity.entity.Account;

/** Everything the Hub holds about one person: their account, what they wrote, and what they did (audit events). */
public record PersonalData(Account account, List<Feedback> feedback, List<Concern> concerns, List<AuditEntry> events) {
}
