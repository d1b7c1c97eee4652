package org.globalhub.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may use what: the one table the access tests check, for every page of hub-web.war and every
 * public method of the Hub's EJBs. A page or method without an entry fails the tests, so new ones
 * get decided. Kinds of user: anonymous (not logged in), pending (applied, not yet vetted),
 * suspended, agent, curator, admin (role administrator). Pending and suspended people try to log in
 * and are refused: they must get exactly what anonymous gets.
 */
public final class AccessMatrix {

    public static final String ANONYMOUS = "anonymous";

    /**
     * An applicant whose application waits for vetting, and a suspended agent: both cannot log in.
     */
    public static final String PENDING = "pending";

    public static final String SUSPENDED = "suspended";

    /** A person acting for a tool provider (a member organisation). */
    public static final String PROVIDER = "provider";

    public static final List<String> ROLES =
            List.of(ANONYMOUS, PENDING, SUSPENDED, "agent", "curator", "admin", PROVIDER);

    private static final Set<String> EVERYONE =
            Set.of(ANONYMOUS, PENDING, SUSPENDED, "agent", "curator", "admin", PROVIDER);
    private static final Set<String> MEMBERS = Set.of("agent", "curator", "admin");

    /** Everyone who logs in: agents and staff, and providers (their own account only). */
    private static final Set<String> ACCOUNT_HOLDERS =
            Set.of("agent", "curator", "admin", PROVIDER);

    private static final Set<String> PROVIDERS = Set.of(PROVIDER);
    private static final Set<String> CURATORS_AND_PROVIDERS = Set.of("curator", "admin", PROVIDER);
    private static final Set<String> CURATORS = Set.of("curator", "admin");
    private static final Set<String> ADMINISTRATORS = Set.of("admin");

    /** Page path in hub-web.war → users who may open it. */
    public static final Map<String, Set<String>> PAGES =
            Map.ofEntries(
                    Map.entry("/login.xhtml", EVERYONE),
                    Map.entry("/login-code.xhtml", EVERYONE),
                    Map.entry("/login-enrol.xhtml", EVERYONE),
                    Map.entry("/login-recovery-codes.xhtml", ACCOUNT_HOLDERS),
                    Map.entry("/register.xhtml", EVERYONE),
                    Map.entry("/register-provider.xhtml", EVERYONE),
                    Map.entry("/terms-providers.xhtml", EVERYONE),
                    Map.entry("/provider/index.xhtml", PROVIDERS),
                    Map.entry("/provider/edit.xhtml", PROVIDERS),
                    Map.entry("/provider/terms.xhtml", PROVIDERS),
                    Map.entry("/register-done.xhtml", EVERYONE),
                    Map.entry("/verify.xhtml", EVERYONE),
                    Map.entry("/forgot.xhtml", EVERYONE),
                    Map.entry("/reset.xhtml", EVERYONE),
                    Map.entry("/curation/vetting.xhtml", CURATORS),
                    Map.entry("/curation/accounts.xhtml", CURATORS),
                    Map.entry("/admin/audit.xhtml", ADMINISTRATORS),
                    Map.entry("/admin/imports.xhtml", ADMINISTRATORS),
                    Map.entry("/admin/retention.xhtml", ADMINISTRATORS),
                    Map.entry("/admin/style.xhtml", ADMINISTRATORS),
                    Map.entry("/account/data.xhtml", ACCOUNT_HOLDERS),
                    Map.entry("/account/security.xhtml", ACCOUNT_HOLDERS),
                    Map.entry("/erased.xhtml", EVERYONE),
                    Map.entry("/selection/index.xhtml", MEMBERS),
                    Map.entry("/selection/guide.xhtml", MEMBERS),
                    Map.entry("/selection/shortlist.xhtml", MEMBERS),
                    Map.entry("/selection/compare.xhtml", MEMBERS),
                    Map.entry("/selection/saved.xhtml", MEMBERS),
                    Map.entry("/network/notifications.xhtml", MEMBERS),
                    Map.entry("/learning/index.xhtml", MEMBERS),
                    Map.entry("/network/events.xhtml", MEMBERS),
                    Map.entry("/network/directory.xhtml", MEMBERS),
                    Map.entry("/network/profile.xhtml", MEMBERS),
                    Map.entry("/network/messages.xhtml", MEMBERS),
                    Map.entry("/curation/reports.xhtml", CURATORS),
                    Map.entry("/curation/articles.xhtml", CURATORS),
                    Map.entry("/learning/article.xhtml", MEMBERS),
                    Map.entry("/curation/events.xhtml", CURATORS),
                    Map.entry("/learning/lesson.xhtml", MEMBERS),
                    Map.entry("/transparency.xhtml", EVERYONE),
                    Map.entry("/privacy.xhtml", EVERYONE),
                    Map.entry("/error.xhtml", EVERYONE),
                    Map.entry("/index.xhtml", MEMBERS),
                    Map.entry("/catalogue/index.xhtml", MEMBERS),
                    Map.entry("/catalogue/tool.xhtml", MEMBERS),
                    Map.entry("/catalogue/changes.xhtml", MEMBERS),
                    Map.entry("/curation/reviews.xhtml", CURATORS),
                    Map.entry("/curation/review.xhtml", CURATORS),
                    Map.entry("/curation/edit.xhtml", CURATORS),
                    Map.entry("/curation/tools.xhtml", CURATORS),
                    Map.entry("/curation/history.xhtml", CURATORS),
                    Map.entry("/curation/concerns.xhtml", CURATORS),
                    Map.entry("/curation/feedback.xhtml", CURATORS));

    /**
     * "SimpleClassName.method" of every public business method → users who may call it. Pending and
     * suspended people have no login, so they reach the services as anonymous callers.
     */
    public static final Map<String, Set<String>> SERVICES =
            Map.ofEntries(
                    Map.entry("CatalogueService.profile", MEMBERS),
                    Map.entry("CatalogueService.findTool", MEMBERS),
                    Map.entry("CatalogueService.questions", MEMBERS),
                    Map.entry("CatalogueService.publishedVersions", MEMBERS),
                    Map.entry("CatalogueService.compare", MEMBERS),
                    Map.entry("ToolVersionService.waitingForReview", CURATORS),
                    Map.entry("ToolVersionService.createOwnTool", PROVIDERS),
                    Map.entry("ProviderMembershipService.apply", EVERYONE),
                    Map.entry("ProviderMembershipService.applications", CURATORS),
                    Map.entry("ProviderMembershipService.linkableProviders", CURATORS),
                    Map.entry("ProviderMembershipService.admit", CURATORS),
                    Map.entry("ProviderMembershipService.refuse", CURATORS),
                    Map.entry("ProviderMembershipService.myProvider", PROVIDERS),
                    Map.entry("ProviderMembershipService.myTools", PROVIDERS),
                    Map.entry("ProviderMembershipService.termsAccepted", PROVIDERS),
                    Map.entry("ProviderMembershipService.acceptTerms", PROVIDERS),
                    Map.entry("ProviderMembershipService.confirmAnswers", PROVIDERS),
                    Map.entry("ProviderMembershipService.reply", PROVIDERS),
                    Map.entry("ProviderMembershipService.memberOrganisations", EVERYONE),
                    Map.entry("ProviderMembershipService.colleagues", PROVIDERS),
                    Map.entry("ProviderMembershipService.admitColleague", PROVIDERS),
                    Map.entry("ProviderMembershipService.removeColleague", PROVIDERS),
                    Map.entry("ToolCurationService.pendingReplies", CURATORS),
                    Map.entry("ToolCurationService.answerReply", CURATORS),
                    Map.entry("ConfirmationService.unconfirmed", CURATORS),
                    Map.entry("ConfirmationService.remindDue", ADMINISTRATORS),
                    Map.entry("ToolVersionService.providers", CURATORS),
                    Map.entry("ToolVersionService.createTool", CURATORS),
                    Map.entry("ToolVersionService.openDraft", CURATORS_AND_PROVIDERS),
                    Map.entry("ToolVersionService.saveDraft", CURATORS_AND_PROVIDERS),
                    Map.entry("ToolVersionService.submit", CURATORS_AND_PROVIDERS),
                    Map.entry("ToolVersionService.review", CURATORS),
                    Map.entry("ToolVersionService.approve", CURATORS),
                    Map.entry("ToolVersionService.sendBack", CURATORS),
                    Map.entry("ToolVersionService.reject", CURATORS),
                    Map.entry("ToolVersionService.versions", CURATORS),
                    Map.entry("ToolVersionService.version", CURATORS_AND_PROVIDERS),
                    Map.entry("ToolVersionService.questionsById", CURATORS_AND_PROVIDERS),
                    Map.entry("FeedbackService.submit", MEMBERS),
                    Map.entry("FeedbackService.pending", CURATORS),
                    Map.entry("FeedbackService.mine", MEMBERS),
                    Map.entry("FeedbackService.publish", CURATORS),
                    Map.entry("FeedbackService.reject", CURATORS),
                    Map.entry("ConcernService.report", MEMBERS),
                    Map.entry("ConcernService.open", CURATORS),
                    Map.entry("ConcernService.decide", CURATORS),
                    Map.entry("ToolCurationService.allTools", CURATORS),
                    Map.entry("ToolCurationService.tools", CURATORS),
                    Map.entry("ToolCurationService.publish", CURATORS),
                    Map.entry("ToolCurationService.suspend", CURATORS),
                    Map.entry("ToolCurationService.reinstate", CURATORS),
                    Map.entry("ToolCurationService.remove", CURATORS),
                    Map.entry("ToolCurationService.history", CURATORS),
                    Map.entry("SchemaMigration.schemaVersion", EVERYONE),
                    Map.entry("LoginService.checkPassword", EVERYONE),
                    Map.entry("LoginService.completeLogin", EVERYONE),
                    Map.entry("LoginService.beginEnrolment", EVERYONE),
                    Map.entry("LoginService.confirmEnrolment", EVERYONE),
                    Map.entry("PasswordResetService.requestReset", EVERYONE),
                    Map.entry("PasswordResetService.resetPassword", EVERYONE),
                    Map.entry("RegistrationService.register", EVERYONE),
                    Map.entry("RegistrationService.verifyEmail", EVERYONE),
                    Map.entry("RegistrationService.awaitingVetting", CURATORS),
                    Map.entry("RegistrationService.approve", CURATORS),
                    Map.entry("RegistrationService.reject", CURATORS),
                    Map.entry("RegistrationService.requestInformation", CURATORS),
                    Map.entry("RegistrationService.domains", CURATORS),
                    Map.entry("RegistrationService.addDomain", CURATORS),
                    Map.entry("RegistrationService.removeDomain", CURATORS),
                    Map.entry("AccountService.all", CURATORS),
                    Map.entry("AccountService.accounts", CURATORS),
                    Map.entry("AccountService.dueForReverification", CURATORS),
                    Map.entry("AccountService.suspend", CURATORS),
                    Map.entry("AccountService.reinstate", CURATORS),
                    Map.entry("AccountService.resetSecondFactor", CURATORS),
                    Map.entry("AccountService.grant", ADMINISTRATORS),
                    Map.entry("AccountService.revoke", ADMINISTRATORS),
                    Map.entry("AccountService.securityEvents", ADMINISTRATORS),
                    Map.entry("AccountService.callerMayChange", CURATORS),
                    Map.entry("AccountService.callerJobAlias", CURATORS),
                    // local-only sender of the mail outbox: it sends only what services queued
                    Map.entry("OutboxDispatcher.afterCommit", EVERYONE),
                    Map.entry("OutboxDispatcher.sendSoon", EVERYONE),
                    Map.entry("OutboxDispatcher.sendDue", EVERYONE),
                    Map.entry("AccountService.confirmStillServing", MEMBERS),
                    Map.entry("AccountService.callerSessionStillValid", ACCOUNT_HOLDERS),
                    Map.entry("QuestionnaireImportService.validator", ADMINISTRATORS),
                    Map.entry("QuestionnaireImportService.importRows", ADMINISTRATORS),
                    Map.entry("QuestionnaireImportService.recordProblems", ADMINISTRATORS),
                    Map.entry("QuestionnaireImportService.recordRun", ADMINISTRATORS),
                    Map.entry("QuestionnaireImportService.run", ADMINISTRATORS),
                    Map.entry("QuestionnaireImportService.problems", ADMINISTRATORS),
                    Map.entry("ImportJobService.start", ADMINISTRATORS),
                    Map.entry("ImportJobService.runs", ADMINISTRATORS),
                    Map.entry("ImportJobService.run", ADMINISTRATORS),
                    Map.entry("ImportJobService.stop", ADMINISTRATORS),
                    Map.entry("ImportJobService.restart", ADMINISTRATORS),
                    Map.entry("ImportJobService.problems", ADMINISTRATORS),
                    // local-only bean of the batch artifacts, calling the import service as
                    // administrator (RunAs)
                    Map.entry("ImportJobGateway.validator", EVERYONE),
                    Map.entry("ImportJobGateway.write", EVERYONE),
                    Map.entry("ImportJobGateway.recordProblems", EVERYONE),
                    Map.entry("ImportJobGateway.recordFileProblem", EVERYONE),
                    Map.entry("SecretsAtRest.sealAll", ADMINISTRATORS),
                    Map.entry("MailHealth.status", ADMINISTRATORS),
                    Map.entry("ImportJobGateway.uploadName", EVERYONE),
                    Map.entry("ImportJobGateway.copyUpload", EVERYONE),
                    Map.entry("RetentionService.policy", EVERYONE),
                    Map.entry("RetentionService.change", ADMINISTRATORS),
                    Map.entry("RetentionService.runs", ADMINISTRATORS),
                    Map.entry("RetentionService.run", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.acquireLease", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.releaseLease", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.begin", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.finish", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.count", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.warnInactive", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.purgeSlice", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.runningPurge", ADMINISTRATORS),
                    Map.entry("RetentionPurgeService.closeInterrupted", ADMINISTRATORS),
                    Map.entry("PurgeJobService.start", ADMINISTRATORS),
                    Map.entry("PurgeJobService.isRunning", ADMINISTRATORS),
                    Map.entry("PurgeJobService.runs", ADMINISTRATORS),
                    // local-only bean of the purge batchlet, calling the purge service as
                    // administrator (RunAs)
                    Map.entry("RetentionPurgeGateway.acquireLease", EVERYONE),
                    Map.entry("RetentionPurgeGateway.releaseLease", EVERYONE),
                    Map.entry("RetentionPurgeGateway.begin", EVERYONE),
                    Map.entry("RetentionPurgeGateway.finish", EVERYONE),
                    Map.entry("RetentionPurgeGateway.count", EVERYONE),
                    Map.entry("RetentionPurgeGateway.warnInactive", EVERYONE),
                    Map.entry("RetentionPurgeGateway.purgeSlice", EVERYONE),
                    Map.entry("RetentionPurgeGateway.runningPurge", EVERYONE),
                    Map.entry("RetentionPurgeGateway.closeInterrupted", EVERYONE),
                    // local-only bean of the first-administrator batchlet; the job can be started
                    // only from WildFly's management (CLI or console)
                    Map.entry("FirstAdministratorGateway.open", EVERYONE),
                    Map.entry("SelectionService.find", MEMBERS),
                    Map.entry("SelectionService.browse", MEMBERS),
                    Map.entry("SelectionService.shortlist", MEMBERS),
                    Map.entry("SelectionService.compare", MEMBERS),
                    Map.entry("SelectionService.save", MEMBERS),
                    Map.entry("SelectionService.mySelections", MEMBERS),
                    Map.entry("SelectionService.deleteSelection", MEMBERS),
                    Map.entry("SelectionService.toggleFavourite", MEMBERS),
                    Map.entry("SelectionService.isFavourite", MEMBERS),
                    Map.entry("SelectionService.myFavourites", MEMBERS),
                    // local-only cache of the finder's index; holds only what the catalogue
                    // publishes
                    Map.entry("FactsCache.index", EVERYONE),
                    Map.entry("FactsCache.snapshot", EVERYONE),
                    // local-only: a number that says whether sessions must look at their accounts
                    // again
                    Map.entry("SessionEpoch.current", EVERYONE),
                    Map.entry("SessionEpoch.announcedHere", EVERYONE),
                    Map.entry("NotificationService.mine", MEMBERS),
                    Map.entry("NotificationService.unreadCount", MEMBERS),
                    Map.entry("NotificationService.markAllRead", MEMBERS),
                    Map.entry("NotificationService.myEmailPreferences", MEMBERS),
                    Map.entry("NotificationService.setEmailPreference", MEMBERS),
                    Map.entry("NotificationService.noticeToolRemoved", CURATORS),
                    Map.entry("NotificationService.mailToolRemoved", CURATORS),
                    Map.entry("NotificationService.noticeToolsPublished", CURATORS),
                    Map.entry("NotificationService.noticeToolsUpdated", CURATORS),
                    Map.entry("NotificationService.mySubscriptions", MEMBERS),
                    Map.entry("NotificationService.subscribe", MEMBERS),
                    Map.entry("DirectoryService.myEntry", MEMBERS),
                    Map.entry("DirectoryService.saveMyEntry", MEMBERS),
                    Map.entry("DirectoryService.search", MEMBERS),
                    Map.entry("DirectoryService.requestContact", MEMBERS),
                    Map.entry("DirectoryService.pendingRequests", MEMBERS),
                    Map.entry("DirectoryService.answerRequest", MEMBERS),
                    Map.entry("MessageService.conversations", MEMBERS),
                    Map.entry("MessageService.thread", MEMBERS),
                    Map.entry("MessageService.mayWrite", MEMBERS),
                    Map.entry("MessageService.send", MEMBERS),
                    Map.entry("MessageService.unreadCount", MEMBERS),
                    Map.entry("MessageService.block", MEMBERS),
                    Map.entry("MessageService.unblock", MEMBERS),
                    Map.entry("MessageService.hasBlocked", MEMBERS),
                    Map.entry("MessageService.report", MEMBERS),
                    Map.entry("MessageService.reported", CURATORS),
                    Map.entry("EventService.upcoming", MEMBERS),
                    Map.entry("EventService.ics", MEMBERS),
                    Map.entry("EventService.upcomingForCurators", CURATORS),
                    Map.entry("EventService.announce", CURATORS),
                    Map.entry("EventService.cancel", CURATORS),
                    Map.entry("EventService.remindMe", MEMBERS),
                    Map.entry("EventService.myReminders", MEMBERS),
                    Map.entry("EventService.sendDueReminders", ADMINISTRATORS),
                    Map.entry("ArticleService.published", MEMBERS),
                    Map.entry("ArticleService.article", MEMBERS),
                    Map.entry("ArticleService.all", CURATORS),
                    Map.entry("ArticleService.save", CURATORS),
                    Map.entry("ArticleService.publish", CURATORS),
                    Map.entry("ArticleService.versions", CURATORS),
                    Map.entry("LearningService.modules", MEMBERS),
                    Map.entry("LearningService.lesson", MEMBERS),
                    Map.entry("LearningService.check", MEMBERS),
                    Map.entry("LearningService.modulesFor", MEMBERS),
                    Map.entry("LearningService.resources", MEMBERS),
                    Map.entry("LearningService.providerTrainings", MEMBERS),
                    Map.entry("MyDataService.mine", ACCOUNT_HOLDERS),
                    Map.entry("MyDataService.exportJson", ACCOUNT_HOLDERS),
                    Map.entry("MyDataService.eraseMyAccount", ACCOUNT_HOLDERS),
                    Map.entry("AccountService.endAllMySessions", ACCOUNT_HOLDERS),
                    Map.entry("AccountService.callerDueForReverification", MEMBERS),
                    Map.entry("AccountSecurityService.changePassword", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.myDetails", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.correctDetails", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.startNewAuthenticator", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.confirmNewAuthenticator", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.newRecoveryCodes", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.mySessions", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.endSession", ACCOUNT_HOLDERS),
                    Map.entry("AccountSecurityService.endThisSession", ACCOUNT_HOLDERS));

    private AccessMatrix() {}
}
