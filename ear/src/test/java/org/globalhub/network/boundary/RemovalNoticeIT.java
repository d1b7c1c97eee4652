package org.globalhub.network.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.OutboxProbe;
import org.globalhub.SmtpSink;
import org.globalhub.catalogue.boundary.CatalogueProbe;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.UnRegion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When a tool is removed, exactly the agents who followed (favourite), rated or reported it are
 * informed, in the Hub and, unless they opted out, by e-mail; with the public reason. Nobody else,
 * and no suspended account.
 */
@ExtendWith(ArquillianExtension.class)
class RemovalNoticeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB NetworkProbe probe;
    @EJB OutboxProbe outbox;
    @EJB CatalogueProbe catalogue;
    @EJB ToolCurationService curation;

    @Test
    void aRemovalNoticeReachesExactlyTheAgentsWhoFollowedRatedOrReportedTheTool() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String toolName = "Notice Tool " + suffix;
        long toolId =
                catalogue.createTool(toolName, UnRegion.ASIA_PACIFIC, Purpose.HASH_MATCHING, true);
        long otherTool =
                catalogue.createTool(
                        "Other Tool " + suffix, UnRegion.ASIA_PACIFIC, Purpose.HASH_MATCHING, true);
        String follower = probe.agent("follower-" + suffix, true);
        String rater = probe.agent("rater-" + suffix, true);
        String reporter = probe.agent("reporter-" + suffix, true);
        String bystander = probe.agent("bystander-" + suffix, true);
        String former = probe.agent("former-" + suffix, false);
        probe.favourite(follower, toolId);
        probe.rate(rater, toolId);
        probe.report(reporter, toolId);
        probe.favourite(bystander, otherTool);
        probe.favourite(former, toolId);
        probe.noEmail(reporter);

        String reason =
                "Removed after review: the provider could not show that its training data was lawfully obtained.";
        try (SmtpSink smtp = new SmtpSink(3025)) {
            As.curator(
                    () -> {
                        curation.remove(toolId, reason);
                        return null;
                    });
            for (String informed : List.of(follower, rater, reporter)) {
                assertEquals(
                        List.of("TOOL_REMOVED " + toolName + ": " + reason),
                        probe.notificationsOf(informed),
                        informed);
            }
            assertEquals(List.of(), probe.notificationsOf(bystander), "not concerned");
            assertEquals(
                    List.of(), probe.notificationsOf(former), "a suspended account gets nothing");
            assertEquals(1, smtp.awaitMailsTo(follower, 1).size());
            assertEquals(1, smtp.awaitMailsTo(rater, 1).size());
            assertEquals(
                    List.of(),
                    outbox.mailKindsTo(reporter),
                    "opted out of e-mail: in the Hub only");
            assertEquals(List.of(), outbox.mailKindsTo(bystander));
            String mail =
                    smtp.mailsTo(follower)
                            .get(0)
                            .data()
                            .replace("=\n", ""); // quoted-printable soft line breaks
            assertTrue(
                    mail.contains("a tool you followed was removed")
                            && mail.contains("lawfully obtained"),
                    mail);
        }
    }
}
