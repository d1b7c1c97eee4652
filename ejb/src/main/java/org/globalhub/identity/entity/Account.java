package org.globalhub.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.globalhub.identity.Roles;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.SealedSecret;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * A person's Hub account: who they are (for vetting), how they log in (password hash, TOTP secret),
 * and where they are in the lifecycle. The login rules that depend only on the account live here.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(
        name = "Account.findAwaitingVetting",
        query =
                "SELECT a FROM Account a WHERE a.status IN (org.globalhub.identity.entity.AccountStatus.VETTING,"
                        + " org.globalhub.identity.entity.AccountStatus.INFO_REQUESTED) ORDER BY a.emailVerifiedAt, a.id")
@NamedQuery(
        name = "Account.findByTicket",
        query = "SELECT a FROM Account a WHERE a.loginTicketHash = :hash")
@NamedQuery(name = "Account.findAll", query = "SELECT a FROM Account a ORDER BY a.status, a.email")
@NamedQuery(
        name = "Account.findDueForReverification",
        query =
                "SELECT a FROM Account a WHERE a.status = org.globalhub.identity.entity.AccountStatus.ACTIVE"
                        + " AND a.providerId IS NULL" // providers confirm their tools' answers
                        // instead
                        + " AND a.lastConfirmedAt < :before ORDER BY a.lastConfirmedAt")
@NamedQuery(
        name = "Account.findUnverifiedBefore",
        query =
                "SELECT a FROM Account a WHERE a.status = org.globalhub.identity.entity.AccountStatus.EMAIL_PENDING"
                        + " AND a.createdAt < :cutoff ORDER BY a.id")
@NamedQuery(
        name = "Account.findRejectedBefore",
        query =
                "SELECT a FROM Account a WHERE a.status = org.globalhub.identity.entity.AccountStatus.REJECTED"
                        + " AND a.decidedAt < :cutoff ORDER BY a.id")
@NamedQuery(
        name = "Account.findInactiveToWarn",
        query =
                "SELECT a FROM Account a WHERE a.status IN (org.globalhub.identity.entity.AccountStatus.ACTIVE,"
                        + " org.globalhub.identity.entity.AccountStatus.SUSPENDED)"
                        + " AND a.lastActiveAt < :cutoff"
                        + " AND (a.inactivityWarnedAt IS NULL OR a.inactivityWarnedAt < a.lastActiveAt) ORDER BY a.id")
@NamedQuery(
        name = "Account.findInactiveToDelete",
        query =
                "SELECT a FROM Account a WHERE a.status IN (org.globalhub.identity.entity.AccountStatus.ACTIVE,"
                        + " org.globalhub.identity.entity.AccountStatus.SUSPENDED)"
                        + " AND a.lastActiveAt < :cutoff"
                        + " AND a.inactivityWarnedAt <= :warnedBefore AND a.inactivityWarnedAt >= a.lastActiveAt ORDER BY a.id")
public class Account {

    /**
     * Failures across all sources that lock the account for {@link #LOCK}: a backstop against
     * guessing spread over many addresses; per address the limits are lower ({@code
     * LoginThrottle}).
     */
    public static final int MAX_FAILURES = 50;

    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Agents confirm every 12 months that they still serve. */
    public static final Duration REVERIFICATION = Duration.ofDays(365);

    public static final Duration GRACE = Duration.ofDays(30);

    @PersonalData(DataKind.IDENTITY)
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_seq")
    @TableGenerator(
            name = "account_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "ACCOUNT",
            allocationSize = 20)
    private Long id;

    /** The official e-mail address, lower case: also the login name. */
    @PersonalData(DataKind.IDENTITY)
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @PersonalData(DataKind.IDENTITY)
    @Embedded
    private Applicant applicant;

    @PersonalData(DataKind.VETTING)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.EMAIL_PENDING;

    @PersonalData(DataKind.VETTING)
    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @PersonalData(DataKind.VETTING)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    private Set<String> roles = new TreeSet<>();

    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    /**
     * Base32 TOTP secret once enrolled; null until the first login enrols it. Sealed in the
     * database with the Hub's key from its credential store ({@link SealedSecret}).
     */
    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "totp_secret", length = 200)
    @Convert(converter = SealedSecret.class)
    private String totpSecret;

    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "pending_totp_secret", length = 200)
    @Convert(converter = SealedSecret.class)
    private String pendingTotpSecret;

    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * Proof that the password step passed, for the second step (hash; the browser holds the
     * ticket).
     */
    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "login_ticket_hash", length = 64)
    private String loginTicketHash;

    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "login_ticket_expires")
    private Instant loginTicketExpires;

    @PersonalData(DataKind.IDENTITY)
    @Column(name = "consent_version", nullable = false, length = 20)
    private String consentVersion;

    @PersonalData(DataKind.IDENTITY)
    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @PersonalData(DataKind.IDENTITY)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @PersonalData(DataKind.IDENTITY)
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @PersonalData(
            value = DataKind.VETTING,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "the decision on another person's application stays on record, without the curator's name")
    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @PersonalData(DataKind.VETTING)
    @Column(name = "last_confirmed_at")
    private Instant lastConfirmedAt;

    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /**
     * When a curator approved, rejected or questioned the application: rejected ones expire from
     * here.
     */
    @PersonalData(DataKind.VETTING)
    @Column(name = "decided_at")
    private Instant decidedAt;

    /**
     * When the purge warned that the inactive account will be deleted (cleared by the next login).
     */
    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "inactivity_warned_at")
    private Instant inactivityWarnedAt;

    /**
     * The last sign of life (registration, e-mail check, approval, confirmation, login): inactivity
     * counts from here.
     */
    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    /** ISO 639-1 code of the language the person registered in; the Hub's mails to them use it. */
    @PersonalData(DataKind.IDENTITY)
    @Column(nullable = false, length = 8)
    private String language = "en";

    /** Changes whenever open sessions of this account must end (see V4 migration). */
    @PersonalData(DataKind.SECURITY_RECORDS)
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /**
     * The provider record (catalogue) this person acts for; null for agents and staff. Providers
     * and agents are different accounts: one e-mail, one role family.
     */
    @PersonalData(DataKind.IDENTITY)
    @Column(name = "provider_id")
    private Long providerId;

    /** Manages who else may act for the provider. */
    @PersonalData(DataKind.IDENTITY)
    @Column(name = "provider_manager", nullable = false)
    private boolean providerManager;

    /** The version of the Terms of Engagement for providers this person accepted, and when. */
    @PersonalData(DataKind.CHOICES)
    @Column(name = "terms_version", length = 20)
    private String termsVersion;

    @PersonalData(DataKind.CHOICES)
    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @NotPersonal @Version private long version;

    protected Account() {}

    public Account(
            String email,
            Applicant applicant,
            String passwordHash,
            String consentVersion,
            Instant now) {
        this.email = normaliseEmail(email);
        this.applicant = Objects.requireNonNull(applicant);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.consentVersion = Objects.requireNonNull(consentVersion);
        this.consentAt = Objects.requireNonNull(now);
        this.createdAt = now;
        this.lastActiveAt = now;
    }

    /** Lower case, trimmed, and of the form name@domain.tld. */
    public static String normaliseEmail(String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normal.length() > 254
                || !normal.matches("[a-z0-9._%+'-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}")) {
            throw new InvalidInputException("error.email");
        }
        return normal;
    }

    /**
     * Mails to this person are written in one of the six languages; anything else means English.
     */
    public void writeTo(String languageCode) {
        this.language =
                languageCode != null
                                && java.util.Set.of("ar", "zh", "en", "fr", "ru", "es")
                                        .contains(languageCode)
                        ? languageCode
                        : "en";
    }

    public String emailDomain() {
        return email.substring(email.indexOf('@') + 1);
    }

    public void emailVerified(Instant now) {
        if (status == AccountStatus.EMAIL_PENDING) {
            status = AccountStatus.VETTING;
            emailVerifiedAt = now;
            lastActiveAt = now;
        }
    }

    public void approve(String curator, Instant now) {
        requireVetting();
        status = AccountStatus.ACTIVE;
        roles.add(providerId == null ? "agent" : "provider");
        decidedBy = curator;
        decidedAt = now;
        statusReason = null;
        lastConfirmedAt = now;
        lastActiveAt = now;
    }

    /** This applicant acts for a provider record (set at application, before vetting). */
    public void actFor(long provider, boolean manager) {
        if (status != AccountStatus.EMAIL_PENDING && status != AccountStatus.VETTING) {
            throw new InvalidInputException("error.lifecycle", "actFor", status);
        }
        this.providerId = provider;
        this.providerManager = manager;
    }

    /** A curator linked the applying organisation to an existing provider record. */
    public void actForLinked(long provider) {
        requireVetting();
        if (providerId == null) {
            throw new InvalidInputException("error.lifecycle", "link", status);
        }
        this.providerId = provider;
    }

    public void acceptTerms(String version, Instant now) {
        this.termsVersion = Objects.requireNonNull(version);
        this.termsAcceptedAt = Objects.requireNonNull(now);
    }

    public boolean isProvider() {
        return providerId != null;
    }

    public Long getProviderId() {
        return providerId;
    }

    public boolean isProviderManager() {
        return providerManager;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public void reject(String curator, String reason, Instant now) {
        requireVetting();
        status = AccountStatus.REJECTED;
        decidedBy = curator;
        decidedAt = now;
        statusReason = reason;
    }

    public void requestInformation(String curator, String question, Instant now) {
        requireVetting();
        status = AccountStatus.INFO_REQUESTED;
        decidedBy = curator;
        decidedAt = now;
        statusReason = question;
    }

    private void requireVetting() {
        if (!status.awaitsVetting()) {
            throw new InvalidInputException("error.notAwaitingVetting");
        }
    }

    public void suspend(String reason) {
        if (status != AccountStatus.ACTIVE) {
            throw new InvalidInputException("error.accountState");
        }
        status = AccountStatus.SUSPENDED;
        statusReason = reason;
        loginTicketHash = null;
        securityStamp++;
    }

    public void reinstate(Instant now) {
        if (status != AccountStatus.SUSPENDED) {
            throw new InvalidInputException("error.accountState");
        }
        status = AccountStatus.ACTIVE;
        statusReason = null;
        lastConfirmedAt = now;
        lastActiveAt = now;
    }

    /** The agent confirms they still serve: the next re-verification is due in 12 months. */
    public void confirmStillServing(Instant now) {
        lastConfirmedAt = now;
        lastActiveAt = now;
    }

    public boolean isDueForReverification(Instant now) {
        return status == AccountStatus.ACTIVE
                && lastConfirmedAt != null
                && lastConfirmedAt.plus(REVERIFICATION).isBefore(now);
    }

    public boolean isPastGrace(Instant now) {
        return isDueForReverification(now)
                && lastConfirmedAt.plus(REVERIFICATION).plus(GRACE).isBefore(now);
    }

    /**
     * Curators' and administrators' accounts can be changed (suspended, reinstated, second factor
     * reset, roles) only by an administrator: a curator who could reset an administrator's second
     * factor could take the account over with its password.
     */
    /** The person corrects their own details; the e-mail (their login and vetting proof) stays. */
    public void correctDetails(Applicant corrected) {
        applicant = Objects.requireNonNull(corrected);
    }

    public boolean isStaff() {
        return roles.contains(Roles.CURATOR) || roles.contains(Roles.ADMINISTRATOR);
    }

    /**
     * Whether a caller with these roles and this e-mail may change this account: never one's own.
     */
    public boolean mayBeChangedBy(String callerEmail, boolean callerIsAdministrator) {
        return !email.equals(callerEmail) && (callerIsAdministrator || !isStaff());
    }

    public void grant(String role) {
        roles.add(role);
        securityStamp++;
    }

    public void revoke(String role) {
        roles.remove(role);
        securityStamp++;
    }

    /** Every open session of this account ends at its next request. */
    public void endAllSessions() {
        securityStamp++;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * A wrong password or code: {@link #MAX_FAILURES} in a row lock the account for 15 minutes.
     * Tries while it is locked neither count nor extend the lock, so that nobody can keep a
     * colleague locked out by trying on.
     */
    public void loginFailed(Instant now) {
        loginTicketHash = null;
        if (isLocked(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failedLogins = 0;
        }
        loginTicketHash = null;
    }

    public void passwordAccepted(String ticketHash, Instant now) {
        loginTicketHash = ticketHash;
        loginTicketExpires = now.plus(Duration.ofMinutes(5));
    }

    public boolean holdsTicket(String ticketHash, Instant now) {
        return ticketHash != null
                && ticketHash.equals(loginTicketHash)
                && loginTicketExpires != null
                && loginTicketExpires.isAfter(now);
    }

    public void loginSucceeded(Instant now) {
        lastLoginAt = now;
        lastActiveAt = now;
        failedLogins = 0;
        lockedUntil = null;
        loginTicketHash = null;
    }

    /** Accepts a TOTP step only if it is newer than the last accepted one (no replay). */
    public boolean acceptTotpStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void startTotpEnrolment(String secret) {
        pendingTotpSecret = secret;
    }

    /**
     * The pending secret becomes the one in use. Its codes have never been seen, so the replay
     * guard starts again: the old secret's last step says nothing about the new one.
     */
    public void completeTotpEnrolment() {
        if (pendingTotpSecret == null) {
            throw new InvalidInputException("error.accountState");
        }
        totpSecret = pendingTotpSecret;
        pendingTotpSecret = null;
        totpLastStep = 0;
    }

    /** A curator-assisted reset: the person enrols a new authenticator at the next login. */
    public void resetTotp() {
        totpSecret = null;
        pendingTotpSecret = null;
        totpLastStep = 0;
        securityStamp++;
    }

    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        failedLogins = 0;
        lockedUntil = null;
        securityStamp++;
    }

    /** The purge told the person that the inactive account will be deleted unless they log in. */
    public void inactivityWarned(Instant now) {
        inactivityWarnedAt = now;
    }

    public Instant lastActivity() {
        return lastActiveAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public String getPendingTotpSecret() {
        return pendingTotpSecret;
    }

    public boolean isTotpEnrolled() {
        return totpSecret != null;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getLastConfirmedAt() {
        return lastConfirmedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getInactivityWarnedAt() {
        return inactivityWarnedAt;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public String getLanguage() {
        return language;
    }

    /** When the next re-verification is due (null before approval). */
    public Instant getReverificationDue() {
        return lastConfirmedAt == null
                ? null
                : lastConfirmedAt.plus(REVERIFICATION).truncatedTo(ChronoUnit.DAYS);
    }
}
