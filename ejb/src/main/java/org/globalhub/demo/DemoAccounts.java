package org.globalhub.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.globalhub.catalogue.control.ProviderTerms;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.identity.control.PasswordHasher;
import org.globalhub.identity.control.Secrets;
import org.globalhub.identity.entity.Account;
import org.globalhub.identity.entity.AgencyDomain;
import org.globalhub.identity.entity.Applicant;

/**
 * Demo accounts: one per role, already enrolled with published TOTP secrets (demo-totp.sh prints
 * their current code), a suspended former agent, and two applicants waiting in the vetting queue.
 * DEMO ONLY.
 */
public final class DemoAccounts {

    /**
     * user name → TOTP secret. Passwords are {@code <name>-demo-2026}; e-mails {@code
     * <name>@hub.example}.
     */
    public static final List<String[]> USERS =
            List.of(
                    new String[] {"agent", "HUBAGENTDEMOSECRETAAAAAAAAAAAAAA", "agent"},
                    new String[] {"curator", "HUBCURATORDEMOSECRETAAAAAAAAAAAA", "curator"},
                    new String[] {"admin", "HUBADMINDEMOSECRETAAAAAAAAAAAAAA", "administrator"},
                    new String[] {"provider", "HUBPROVIDERDEMOSECRETAAAAAAAAAAA", "provider"},
                    new String[] {"provider2", "HUBPROVIDERTWODEMOSECRETAAAAAAAA", "provider"});

    private DemoAccounts() {}

    /**
     * @param members the provider records the demo providers act for, in the order of their users
     *     (they become member organisations)
     */
    public static void load(EntityManager em, Instant now, List<Provider> members) {
        int member = 0;
        for (String[] user : USERS) {
            Account account =
                    new Account(
                            user[0] + "@hub.example",
                            new Applicant(
                                    "Demo " + user[0],
                                    "Demo Police",
                                    "Demo unit",
                                    "FR",
                                    "+33 1 00 00 00 00",
                                    "Demo supervisor, supervisor@hub.example",
                                    "Demonstration account"),
                            PasswordHasher.hash((user[0] + "-demo-2026").toCharArray()),
                            "1",
                            now);
            if ("provider".equals(user[2])) {
                Provider provider = members.get(member++);
                provider.admit();
                account.actFor(provider.getId(), true);
                account.acceptTerms(ProviderTerms.VERSION, now);
            }
            account.emailVerified(now);
            account.approve("demo", now);
            if (!"agent".equals(user[2]) && !"provider".equals(user[2])) {
                account.revoke("agent");
                account.grant(user[2]);
            }
            account.startTotpEnrolment(user[1]);
            account.completeTotpEnrolment();
            em.persist(account);
        }
        em.persist(new AgencyDomain("police.example", "Example National Police", "demo", now));
        Account former =
                new Account(
                        "former@hub.example",
                        new Applicant(
                                "Demo former agent",
                                "Demo Police",
                                null,
                                "FR",
                                "+33 1 00 00 00 00",
                                "Demo supervisor",
                                "Demonstration account"),
                        PasswordHasher.hash("former-demo-2026".toCharArray()),
                        "1",
                        now);
        former.emailVerified(now);
        former.approve("demo", now);
        former.suspend("Left the police service (demo)");
        em.persist(former);
        applicant(
                em,
                "amina.diallo@police.example",
                "Amina Diallo",
                "Example National Police",
                "SN",
                now);
        applicant(
                em,
                "j.smith@freemail.example",
                "John Smith",
                "County Sheriff Office",
                "US",
                now.plus(Duration.ofMinutes(5)));
        // Never confirmed and past the 7 days of the retention policy: the purge's dry run has
        // something to count.
        em.persist(
                new Account(
                        "k.mwangi@police.example",
                        new Applicant(
                                "Kamau Mwangi",
                                "Example National Police",
                                null,
                                "KE",
                                "+254 20 000 0000",
                                "Insp. Example",
                                "Research on grooming detection."),
                        PasswordHasher.hash("applicant-demo-2026".toCharArray()),
                        "1",
                        now.minus(Duration.ofDays(10))));
    }

    private static void applicant(
            EntityManager em,
            String email,
            String name,
            String agency,
            String country,
            Instant now) {
        Account account =
                new Account(
                        email,
                        new Applicant(
                                name,
                                agency,
                                "Child protection unit",
                                country,
                                "+221 33 000 00 00",
                                "Cdt. Example, head of unit, +221 33 000 00 01",
                                "Find tools to triage seized phones faster."),
                        PasswordHasher.hash("applicant-demo-2026".toCharArray()),
                        "1",
                        now);
        account.emailVerified(now);
        em.persist(account);
    }

    /**
     * {@code count} more active agent accounts for the benchmark's lists (-Dhub.demo.accounts=N):
     * nobody can log in as them (one random password, hashed once), and they are spread over
     * agencies and countries.
     */
    static void bulk(EntityManager em, int count, Instant now) {
        String unusable = PasswordHasher.hash(Secrets.token().toCharArray());
        String[] countries = {"KE", "SN", "BR", "IN", "FR", "PH", "MX", "EG", "ID", "NG"};
        for (int i = 1; i <= count; i++) {
            String number = String.format("%05d", i);
            Account account =
                    new Account(
                            "bench-agent-" + number + "@police.example",
                            new Applicant(
                                    "Bench Agent " + number,
                                    "Benchmark Police " + (i % 97),
                                    null,
                                    countries[i % countries.length],
                                    "+254 20 000 0000",
                                    "Benchmark referee",
                                    "Benchmark account, never used to log in."),
                            unusable,
                            "1",
                            now);
            account.emailVerified(now);
            account.approve("benchmark", now);
            em.persist(account);
            if (i % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
    }
}
