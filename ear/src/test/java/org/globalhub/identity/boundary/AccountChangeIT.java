package org.globalhub.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.SmtpSink;
import org.globalhub.identity.Roles;
import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.BusinessException;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may change whose account: curators act only on agents, a curator's or administrator's account
 * needs an administrator, nobody acts on their own; every change is a security event and mailed to
 * the owner. (A curator who could reset an administrator's second factor could take the
 * administrator's account over.)
 */
@ExtendWith(ArquillianExtension.class)
class AccountChangeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB IdentityProbe probe;
    @EJB AccountService accounts;

    private long target(String kind) {
        String email =
                kind + "-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
        return switch (kind) {
            case "agent" -> probe.activeWithRoles(email, Roles.AGENT);
            case "curator" -> probe.activeWithRoles(email, Roles.AGENT, Roles.CURATOR);
            default -> probe.activeWithRoles(email, Roles.ADMINISTRATOR);
        };
    }

    /** Each action a curator is offered, on a fresh target. */
    private final Map<String, BiConsumer<AccountService, Long>> actions =
            Map.of(
                    "suspend", (s, id) -> s.suspend(id, "Left the unit in March"),
                    "resetSecondFactor",
                            (s, id) ->
                                    s.resetSecondFactor(
                                            id, "Lost phone, identity checked by video call"));

    @Test
    void curatorsPageAndSearchTheAccountsInTheDatabase() {
        String token = "page" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            probe.activeWithRoles(token + "-" + i + "@police.example");
        }
        var found = As.curator(() -> accounts.accounts(token.toUpperCase(), null, 1));
        assertEquals(3, found.total(), "by address, any case");
        assertEquals(
                3,
                As.curator(
                                () ->
                                        accounts.accounts(
                                                token,
                                                org.globalhub.identity.entity.AccountStatus.ACTIVE,
                                                1))
                        .total());
        assertEquals(
                0,
                As.curator(
                                () ->
                                        accounts.accounts(
                                                token,
                                                org.globalhub.identity.entity.AccountStatus
                                                        .SUSPENDED,
                                                1))
                        .total());
        assertTrue(
                As.curator(() -> accounts.accounts(null, null, 1)).items().size()
                        <= AccountService.PAGE_SIZE,
                "one page at most");
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> As.agent(() -> accounts.accounts(token, null, 1)));
    }

    @Test
    void administratorsPageAndSearchTheSecurityEventsInTheDatabase() {
        var first = As.user("admin", () -> accounts.securityEvents(null, 1));
        assertTrue(first.items().size() <= AccountService.EVENTS_PAGE_SIZE);
        assertTrue(first.total() >= first.items().size());
        assertEquals(
                0,
                As.user(
                                "admin",
                                () ->
                                        accounts.securityEvents(
                                                "no-such-" + java.util.UUID.randomUUID(), 1))
                        .total());
        assertEquals(
                first.pageCount(),
                As.user("admin", () -> accounts.securityEvents(null, 999_999)).pageNumber(),
                "past the end: the last page");
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> As.curator(() -> accounts.securityEvents(null, 1)));
    }

    @Test
    void curatorsChangeOnlyAgentsAndAdministratorsChangeEveryoneButThemselves() {
        List<String> wrong = new ArrayList<>();
        for (String caller : List.of("curator", "admin")) {
            for (String kind : List.of("agent", "curator", "administrator")) {
                for (var action : actions.entrySet()) {
                    long id = target(kind);
                    boolean allowed = caller.equals("admin") || kind.equals("agent");
                    boolean done;
                    try {
                        As.user(
                                caller,
                                () -> {
                                    action.getValue().accept(accounts, id);
                                    return null;
                                });
                        done = true;
                    } catch (AccountChangeRefusedException e) {
                        done = false;
                    }
                    if (done != allowed) {
                        wrong.add(
                                caller
                                        + " "
                                        + action.getKey()
                                        + " on "
                                        + kind
                                        + ": "
                                        + (done ? "done" : "refused"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aCuratorCannotResetAnAdministratorsSecondFactorNorSuspendOrReinstateIt() {
        long admin = target("administrator");
        AccountChangeRefusedException refused =
                assertThrows(
                        AccountChangeRefusedException.class,
                        () -> As.curator(() -> accounts.resetSecondFactor(admin, "Lost phone")));
        assertEquals("error.accountChangeRefused", refused.messageKey());
        assertTrue(probe.totpEnrolled(admin), "the administrator's authenticator stays");
        assertFalse(
                As.curator(() -> accounts.callerMayChange(probe.account(admin))),
                "the page offers no action");
        As.user(
                "admin",
                () -> {
                    accounts.suspend(admin, "Under investigation");
                    return null;
                });
        assertThrows(
                AccountChangeRefusedException.class,
                () ->
                        As.curator(
                                () -> {
                                    accounts.reinstate(admin, "Cleared");
                                    return null;
                                }));
        assertEquals(AccountStatus.SUSPENDED, probe.statusOf(probe.emailOf(admin)));
    }

    @Test
    void nobodyChangesTheirOwnAccountWhateverTheirRole() {
        for (String self : List.of("owncurator@police.example", "ownadmin@police.example")) {
            long id =
                    probe.activeWithRoles(
                            self,
                            self.startsWith("owncurator") ? Roles.CURATOR : Roles.ADMINISTRATOR);
            for (var action : actions.values()) {
                BusinessException e =
                        assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.user(
                                                self,
                                                () -> {
                                                    action.accept(accounts, id);
                                                    return null;
                                                }));
                assertEquals("error.self", e.messageKey());
            }
            if (self.startsWith("ownadmin")) {
                assertEquals(
                        "error.self",
                        assertThrows(
                                        InvalidInputException.class,
                                        () ->
                                                As.user(
                                                        self,
                                                        () -> {
                                                            accounts.revoke(
                                                                    id, Roles.ADMINISTRATOR);
                                                            return null;
                                                        }))
                                .messageKey());
            }
            assertTrue(probe.totpEnrolled(id));
        }
    }

    @Test
    void everyChangeIsASecurityEventAndTheOwnerIsToldByMail() {
        long agent = target("agent");
        String email = probe.emailOf(agent);
        try (SmtpSink smtp = new SmtpSink(3025)) {
            As.curator(
                    () -> {
                        accounts.resetSecondFactor(
                                agent, "Lost phone, identity checked by video call");
                        return null;
                    });
            As.curator(
                    () -> {
                        accounts.suspend(agent, "Left the unit");
                        return null;
                    });
            As.curator(
                    () -> {
                        accounts.reinstate(agent, "Back in the unit");
                        return null;
                    });
            As.user(
                    "admin",
                    () -> {
                        accounts.grant(agent, Roles.CURATOR);
                        return null;
                    });
            As.user(
                    "admin",
                    () -> {
                        accounts.revoke(agent, Roles.CURATOR);
                        return null;
                    });
            List<SmtpSink.Mail> mails = smtp.awaitMailsTo(email, 5);
            String all =
                    String.join(
                            "\n", mails.stream().map(m -> m.data().replace("=\n", "")).toList());
            for (String subject :
                    List.of(
                            "second login step",
                            "suspended",
                            "active again",
                            "new role",
                            "role was taken")) {
                assertTrue(all.contains(subject), subject + " in " + all);
            }
            assertTrue(
                    mails.stream()
                            .allMatch(
                                    m ->
                                            m.data().contains("\nFrom: no-reply@globalhub.invalid")
                                                    || m.data()
                                                            .startsWith(
                                                                    "From: no-reply@globalhub.invalid")),
                    "every mail names its sender: strict relays refuse mail without a From header");
            assertTrue(
                    mails.stream()
                            .allMatch(
                                    m ->
                                            java.util.regex.Pattern.compile(
                                                            "(?m)^Message-ID: <outbox-\\d+@localhost>$")
                                                    .matcher(m.data())
                                                    .find()),
                    "every mail has a Message-ID in the Hub's domain (the host of hub.public.url)");
            assertTrue(
                    all.contains("Lost phone, identity checked by video call"),
                    "the reason is in the mail");
        }
        assertEquals(
                List.of(
                        "role.revoked by admin",
                        "role.granted by admin",
                        "account.reinstated by curator",
                        "account.suspended by curator",
                        "mfa.reset by curator"),
                probe.securityEventsOn(agent));
        assertFalse(probe.rolesOf(agent).contains(Roles.CURATOR));
    }
}
