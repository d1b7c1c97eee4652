package org.globalhub.batch.questionnaireimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.platform.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The questionnaire import job in the real server: counts, problem report, idempotence, formats. */
@ExtendWith(ArquillianExtension.class)
class QuestionnaireImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests(QuestionnaireImportIT.class);
    }

    @EJB
    ImportJobService jobs;
    @EJB
    ToolCurationService curation;

    private static String header() {
        return "tool_key,tool_name,summary,provider_name,provider_type,provider_country,provider_region,provider_website,"
                + "purposes,technologies,phases,interface_languages,analysed_languages,tech.deployment,eth.human-oversight,tech.skill-level\n";
    }

    private static String csv(String provider) {
        return header()
                + "t1,Alpha Triage,\"Sorts seized pictures,\nfast.\"," + provider + ",COMPANY,KE,AFRICA,https://a.example.org,"
                + "MEDIA_TRIAGE,IMAGE|VIDEO,INVESTIGATION,en|fr,,on-premises|air-gapped,yes,3\n"
                + "t2,Beta Hash,Matches hashes.," + provider + ",COMPANY,KE,MOON,,HASH_MATCHING,,,,,,,\n"
                + "t3,Gamma Chat,Reads chats.," + provider + ",COMPANY,KE,AFRICA,,GROOMING_TEXT_ANALYSIS,TEXT,DETECTION,en,en|sw,cloud,partly,2\n"
                + "t4,,Nameless.," + provider + ",COMPANY,KE,AFRICA,,AGE_ESTIMATION,,,,xx,,,\n"
                + "t5,\"=HYPERLINK(\"\"http://evil.example\"\")\",Formula as a name stays text.," + provider
                + ",NON_PROFIT,KE,AFRICA,,OSINT_DARK_WEB,,,,,,,\n";
    }

    private long runToEnd(String fileName, String content, boolean publish) throws InterruptedException {
        long id = As.user("admin", () -> jobs.start(fileName, content.getBytes(StandardCharsets.UTF_8), publish));
        for (int i = 0; i < 600; i++) {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(id).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    private List<Tool> toolsOf(String provider) {
        return As.curator(() -> curation.allTools()).stream().filter(t -> t.getProvider().getName().equals(provider)).toList();
    }

    @Test
    void goodRowsAreImportedAsDraftsAndBadRowsAreReportedWithRowFieldAndMessage() throws Exception {
        String provider = "Import Lab " + UUID.randomUUID().toString().substring(0, 6);
        long run = runToEnd("providers.csv", csv(provider), false);
        ImportRunView view = As.user("admin", () -> jobs.run(run));
        assertEquals("COMPLETED", view.status());
        assertEquals(5, view.read());
        assertEquals(3, view.written());
        assertEquals(2, view.skipped());
        assertEquals("admin", view.startedBy());

        List<ImportProblem> problems = As.user("admin", () -> jobs.problems(run));
        assertEquals(List.of("3 provider_region MOON import.value", "5 tool_name null import.required", "5 analysed_languages xx import.language"),
                problems.stream().map(p -> p.getLineNumber() + " " + p.getField() + " " + p.getValue() + " " + p.getMessageKey()).toList());

        List<Tool> tools = toolsOf(provider);
        assertEquals(3, tools.size());
        assertTrue(tools.stream().allMatch(t -> t.getStatus() == ToolStatus.DRAFT), "drafts unless publishing was chosen");
        assertTrue(tools.stream().anyMatch(t -> t.getName().equals("=HYPERLINK(\"http://evil.example\")")), "a formula is just text");
        assertTrue(tools.stream().anyMatch(t -> t.getSummary().equals("Sorts seized pictures,\nfast.")), "quoted multi-line cell");
    }

    @Test
    void theSameFileTwiceChangesNothingAndAChangedRowUpdatesItsTool() throws Exception {
        String provider = "Twice Lab " + UUID.randomUUID().toString().substring(0, 6);
        runToEnd("first.csv", csv(provider), true);
        List<Tool> before = toolsOf(provider);
        assertTrue(before.stream().allMatch(t -> t.getStatus() == ToolStatus.PUBLISHED));
        int historyBefore = before.stream().mapToInt(t -> As.curator(() -> curation.history(t.getId())).size()).sum();

        runToEnd("again.csv", csv(provider), true);
        List<Tool> after = toolsOf(provider);
        assertEquals(before.size(), after.size(), "no duplicates");
        assertEquals(before.stream().map(Tool::getVersion).toList(), after.stream().map(Tool::getVersion).toList(), "nothing written");
        assertEquals(historyBefore, after.stream().mapToInt(t -> As.curator(() -> curation.history(t.getId())).size()).sum());

        String json = "[{\"tool_key\":\"t1\",\"tool_name\":\"Alpha Triage\",\"summary\":\"Sorts seized pictures faster now.\","
                + "\"provider_name\":\"" + provider + "\",\"provider_type\":\"COMPANY\",\"provider_country\":\"KE\","
                + "\"provider_region\":\"AFRICA\",\"purposes\":[\"MEDIA_TRIAGE\"],\"technologies\":[\"IMAGE\",\"VIDEO\"],"
                + "\"phases\":\"INVESTIGATION\",\"interface_languages\":[\"en\",\"fr\"]}]";
        long run = runToEnd("update.json", json, true);
        assertEquals(1, As.user("admin", () -> jobs.run(run)).written());
        Tool updated = toolsOf(provider).stream().filter(t -> t.getName().equals("Alpha Triage")).findFirst().orElseThrow();
        assertEquals("Sorts seized pictures faster now.", updated.getSummary());
        assertEquals("tool.importUpdated", As.curator(() -> curation.history(updated.getId())).get(0).getAction());
    }

    @Test
    void semicolonsAndAByteOrderMarkAreRead() throws Exception {
        String provider = "Semi Lab " + UUID.randomUUID().toString().substring(0, 6);
        String semicolons = "\uFEFF" + csv(provider).replace(",", ";").replace("\"Sorts seized pictures;\nfast.\"", "\"Sorts seized pictures,\nfast.\"");
        long run = runToEnd("excel-export.csv", semicolons, false);
        assertEquals(3, As.user("admin", () -> jobs.run(run)).written());
    }

    @Test
    void unreadableFilesFailTheRunAndChangeNothing() throws Exception {
        String provider = "Broken Lab " + UUID.randomUUID().toString().substring(0, 6);
        String binary = csv(provider).substring(0, 200) + "\0\0\0";
        long run = runToEnd("binary.csv", binary, false);
        assertEquals("FAILED", As.user("admin", () -> jobs.run(run)).status());
        long latin1 = As.user("admin", () -> jobs.start("latin1.csv", (header() + "t1,Caf\u00e9,x").getBytes(StandardCharsets.ISO_8859_1), false));
        assertTrue(latin1 > 0);
        assertEquals(0, toolsOf(provider).size());
        assertEquals("import.format", assertThrows(InvalidInputException.class,
                () -> As.user("admin", () -> jobs.start("tools.xlsx", new byte[] {1}, false))).messageKey());
        assertEquals("import.empty", assertThrows(InvalidInputException.class,
                () -> As.user("admin", () -> jobs.start("tools.csv", new byte[0], false))).messageKey());
    }
}
