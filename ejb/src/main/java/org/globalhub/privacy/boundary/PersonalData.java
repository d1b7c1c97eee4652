package org.globalhub.privacy.boundary;

import java.util.List;
import org.globalhub.audit.entity.AuditEntry;
import org.globalhub.catalogue.entity.Concern;
import org.globalhub.catalogue.entity.Feedback;
import org.globalhub.identity.entity.Account;
import org.globalhub.network.entity.Notification;
import org.globalhub.platform.PersonalDataRequest;
import org.globalhub.selection.entity.SavedSelection;

/**
 * Everything the Hub holds about one person: their account, what they wrote, what they kept (saved
 * searches and shortlists, favourite tools by name), what the Hub told them (notifications), the
 * lessons they completed and what they did (audit events); and what every other component added
 * when asked ({@link PersonalDataRequest}: directory, messages, sessions ...).
 */
public record PersonalData(
        Account account,
        List<Feedback> feedback,
        List<Concern> concerns,
        List<SavedSelection> savedSelections,
        List<String> favouriteTools,
        List<Notification> notifications,
        List<String> completedLessons,
        List<AuditEntry> events,
        List<PersonalDataRequest.Section> more) {}
