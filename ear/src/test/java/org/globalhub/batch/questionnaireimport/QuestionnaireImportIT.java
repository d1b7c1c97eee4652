package org.globalhub.batch.questionnaireimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.catalogue.boundary.CatalogueService;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.boundary.ToolVersionService;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionSource;
import org.globalhub.catalogue.entity.VersionState;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.upload.UploadedFile;
import org.globalhub.platform.upload.Uploads;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The questionnaire import job in the real server: counts, problem report, idempotence, formats.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionnaireImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB ImportJobService jobs;
    @EJB ToolCurationService curation;
    @EJB CatalogueService catalogue;
    @EJB ToolVersionService versions;
    @Inject Uploads uploads;

    private static String header() {
        return "tool_key,tool_name,summary,provider_name,provider_type,provider_country,provider_region,provider_website,"
                + "purposes,technologies,phases,interface_languages,analysed_languages,tech.deployment,eth.human-oversight,tech.skill-level\n";
    }

    private static String csv(String provider) {
        return header()
                + "t1,Alpha Triage,\"Sorts seized pictures,\nfast.\","
                + provider
                + ",COMPANY,KE,AFRICA,https://a.example.org,"
                + "MEDIA_TRIAGE,IMAGE|VIDEO,INVESTIGATION,en|fr,,on-premises|air-gapped,yes,3\n"
                + "t2,Beta Hash,Matches hashes.,"
                + provider
                + ",COMPANY,KE,MOON,,HASH_MATCHING,,,,,,,\n"
                + "t3,Gamma Chat,Reads chats.,"
                + provider
                + ",COMPANY,KE,AFRICA,,GROOMING_TEXT_ANALYSIS,TEXT,DETECTION,en,en|sw,cloud,partly,2\n"
                + "t4,,Nameless.,"
                + provider
                + ",COMPANY,KE,AFRICA,,AGE_ESTIMATION,,,,xx,,,\n"
                + "t5,\"=HYPERLINK(\"\"http://evil.example\"\")\",Formula as a name stays text.,"
                + provider
                + ",NON_PROFIT,KE,AFRICA,,OSINT_DARK_WEB,,,,,,,\n";
    }

    private long runToEnd(String fileName, String content, boolean publish)
            throws InterruptedException {
        return runToEnd(fileName, content.getBytes(StandardCharsets.UTF_8), publish);
    }

    private long runToEnd(String fileName, byte[] content, boolean publish)
            throws InterruptedException {
        return awaitEnd(As.user("admin", () -> jobs.start(fileName, content, publish)));
    }

    private static long awaitEnd(long id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(id).getBatchStatus();
            if (status == BatchStatus.COMPLETED
                    || status == BatchStatus.FAILED
                    || status == BatchStatus.STOPPED) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    private List<Tool> toolsOf(String provider) {
        return As.curator(() -> curation.allTools()).stream()
                .filter(t -> t.getProvider().getName().equals(provider))
                .toList();
    }

    @Test
    void goodRowsAreImportedAsDraftsAndBadRowsAreReportedWithRowFieldAndMessage() throws Exception {
        String provider = "Import Lab " + UUID.randomUUID().toString().substring(0, 6);
        long run = runToEnd("providers.csv", csv(provider), false);
        ImportRunView view = As.user("admin", () -> jobs.run(run));
        assertEquals("COMPLETED", view.status());
        assertEquals(5, view.read());
        assertEquals(2, view.written());
        assertEquals(3, view.skipped());
        assertEquals(5, view.total(), "the first pass counted the file's rows");
        assertEquals(100, view.percent());
        assertEquals("admin", view.startedBy());
        assertEquals(
                "COMPLETED: 5 rows read, 2 written, 3 skipped",
                BatchRuntime.getJobOperator().getJobExecution(run).getExitStatus(),
                "the counts, for an import started from the CLI");

        List<ImportProblem> problems = As.user("admin", () -> jobs.problems(run));
        assertEquals(
                List.of(
                        "3 provider_region MOON import.value",
                        "5 tool_name null import.required",
                        "5 analysed_languages xx import.language",
                        "6 tool_name =HYPERLINK(\"http://evil.example\") import.formula"),
                problems.stream()
                        .map(
                                p ->
                                        p.getLineNumber()
                                                + " "
                                                + p.getField()
                                                + " "
                                                + p.getValue()
                                                + " "
                                                + p.getMessageKey())
                        .toList());

        List<Tool> tools = toolsOf(provider);
        assertEquals(2, tools.size());
        assertTrue(
                tools.stream().allMatch(t -> t.getStatus() == ToolStatus.DRAFT),
                "drafts unless publishing was chosen");
        assertTrue(
                tools.stream().noneMatch(t -> t.getName().startsWith("=")),
                "a formula never gets in");
        assertTrue(
                tools.stream()
                        .anyMatch(t -> t.getSummary().equals("Sorts seized pictures,\nfast.")),
                "quoted multi-line cell");
    }

    @Test
    void theSameFileTwiceChangesNothingAndAChangedRowUpdatesItsTool() throws Exception {
        String provider = "Twice Lab " + UUID.randomUUID().toString().substring(0, 6);
        runToEnd("first.csv", csv(provider), true);
        List<Tool> before = toolsOf(provider);
        assertTrue(before.stream().allMatch(t -> t.getStatus() == ToolStatus.PUBLISHED));
        int historyBefore =
                before.stream()
                        .mapToInt(t -> As.curator(() -> curation.history(t.getId())).size())
                        .sum();

        List<Integer> versionsBefore =
                before.stream()
                        .map(t -> As.curator(() -> versions.versions(t.getId())).size())
                        .toList();
        assertTrue(versionsBefore.stream().allMatch(n -> n == 1), "imported as version 1");

        runToEnd("again.csv", csv(provider), true);
        List<Tool> after = toolsOf(provider);
        assertEquals(before.size(), after.size(), "no duplicates");
        assertEquals(
                before.stream().map(Tool::getVersion).toList(),
                after.stream().map(Tool::getVersion).toList(),
                "nothing written");
        assertEquals(
                versionsBefore,
                after.stream()
                        .map(t -> As.curator(() -> versions.versions(t.getId())).size())
                        .toList(),
                "no second version");
        assertEquals(
                historyBefore,
                after.stream()
                        .mapToInt(t -> As.curator(() -> curation.history(t.getId())).size())
                        .sum());

        String json =
                "[{\"tool_key\":\"t1\",\"tool_name\":\"Alpha Triage\",\"summary\":\"Sorts seized pictures faster now.\","
                        + "\"provider_name\":\""
                        + provider
                        + "\",\"provider_type\":\"COMPANY\",\"provider_country\":\"KE\","
                        + "\"provider_region\":\"AFRICA\",\"purposes\":[\"MEDIA_TRIAGE\"],\"technologies\":[\"IMAGE\",\"VIDEO\"],"
                        + "\"phases\":\"INVESTIGATION\",\"interface_languages\":[\"en\",\"fr\"]}]";
        long run = runToEnd("update.json", json, true);
        assertEquals(1, As.user("admin", () -> jobs.run(run)).written());
        Tool updated =
                toolsOf(provider).stream()
                        .filter(t -> t.getName().equals("Alpha Triage"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Sorts seized pictures faster now.", updated.getSummary());
        assertEquals(
                "tool.importUpdated",
                As.curator(() -> curation.history(updated.getId())).get(0).getAction());
        List<ToolVersion> history = As.curator(() -> versions.versions(updated.getId()));
        assertEquals(
                2, history.size(), "the same file twice made no second version; the change did");
        assertEquals(VersionSource.IMPORT, history.get(0).getSource());
        assertEquals(run, history.get(0).getImportRun(), "attributed to its run");
        assertEquals(VersionState.SUPERSEDED, history.get(1).getState());
    }

    @Test
    void semicolonsAndAByteOrderMarkAreRead() throws Exception {
        String provider = "Semi Lab " + UUID.randomUUID().toString().substring(0, 6);
        String semicolons =
                "\uFEFF"
                        + csv(provider)
                                .replace(",", ";")
                                .replace(
                                        "\"Sorts seized pictures;\nfast.\"",
                                        "\"Sorts seized pictures,\nfast.\"");
        long run = runToEnd("excel-export.csv", semicolons, false);
        assertEquals(2, As.user("admin", () -> jobs.run(run)).written());
    }

    @Test
    void anExcelWorkbookIsReadAndAFormulaCellIsRefusedNotEvaluated() throws Exception {
        String provider = "Excel Lab " + UUID.randomUUID().toString().substring(0, 6);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("tools");
            String[] columns = header().strip().split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i]);
            }
            Object[][] rows = {
                {
                    "x1",
                    "Excel Triage",
                    "Sorts pictures.",
                    provider,
                    "COMPANY",
                    "KE",
                    "AFRICA",
                    "https://x.example.org",
                    "MEDIA_TRIAGE",
                    "IMAGE",
                    "INVESTIGATION",
                    "en",
                    "",
                    "on-premises",
                    "yes",
                    3.0
                },
                {
                    "x2",
                    "=HYPERLINK(\"http://evil.example\",\"click\")",
                    "Formula.",
                    provider,
                    "COMPANY",
                    "KE",
                    "AFRICA",
                    "",
                    "OSINT_DARK_WEB",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    null
                }
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2); // row 3 and 4: an empty row 2 is skipped
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        long run = runToEnd("providers.xlsx", xlsx, false);
        ImportRunView view = As.user("admin", () -> jobs.run(run));
        assertEquals("COMPLETED", view.status());
        assertEquals(1, view.written());
        assertEquals(1, view.skipped());
        assertEquals(
                List.of("4 tool_name import.formula"),
                As.user("admin", () -> jobs.problems(run)).stream()
                        .map(p -> p.getLineNumber() + " " + p.getField() + " " + p.getMessageKey())
                        .toList());
        Tool tool = toolsOf(provider).get(0);
        assertEquals("Excel Triage", tool.getName());
        assertEquals(
                "3",
                As.curator(() -> catalogue.profile(tool.getId())).technical().stream()
                        .flatMap(section -> section.answers().stream())
                        .filter(a -> a.question().getId().equals("tech.skill-level"))
                        .findFirst()
                        .orElseThrow()
                        .answer(),
                "a number cell is read as the number typed");
    }

    @Test
    void malformedFilesFailTheRunWithATranslatedReasonAndChangeNothing() throws Exception {
        String provider = "Broken Lab " + UUID.randomUUID().toString().substring(0, 6);
        String good = csv(provider);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "import.file.brokenCsv|truncated.csv",
                good.substring(0, good.indexOf("fast.")).getBytes(StandardCharsets.UTF_8));
        files.put(
                "import.file.encoding|latin1.csv",
                (good + "t9,Caf\u00e9 Tool,x\n").getBytes(StandardCharsets.ISO_8859_1));
        files.put(
                "import.file.binary|binary.csv",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        files.put(
                "import.file.brokenJson|truncated.json",
                "[{\"tool_key\":\"t1\",\"tool_name\":\"Al".getBytes(StandardCharsets.UTF_8));
        files.put("import.file.jsonItem|numbers.json", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        files.put("import.file.notXlsx|renamed.xlsx", good.getBytes(StandardCharsets.UTF_8));
        files.put("import.file.empty|blank.csv", "\n\n".getBytes(StandardCharsets.UTF_8));
        for (var file : files.entrySet()) {
            String[] expected = file.getKey().split("\\|");
            long run = runToEnd(expected[1], file.getValue(), true);
            ImportRunView view = As.user("admin", () -> jobs.run(run));
            assertEquals("FAILED", view.status(), expected[1]);
            assertEquals(expected[0], view.fileProblem(), expected[1]);
        }
        assertEquals(0, toolsOf(provider).size(), "nothing of any of these files got in");

        byte[] tooBig = new byte[(int) QuestionnaireFile.MAX_BYTES + 1];
        assertEquals(
                "import.tooBig",
                assertThrows(
                                InvalidInputException.class,
                                () -> As.user("admin", () -> jobs.start("huge.csv", tooBig, false)))
                        .messageKey());
        assertEquals(
                "import.format",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.user(
                                                "admin",
                                                () ->
                                                        jobs.start(
                                                                "tools.exe",
                                                                new byte[] {1},
                                                                false)))
                        .messageKey());
        assertEquals(
                "import.empty",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.user(
                                                "admin",
                                                () -> jobs.start("tools.csv", new byte[0], false)))
                        .messageKey());
    }

    /** A file of {@code count} good rows for one provider. */
    private static String manyRows(String provider, int count) {
        StringBuilder csv = new StringBuilder(header());
        for (int i = 1; i <= count; i++) {
            csv.append("k")
                    .append(i)
                    .append(",Tool ")
                    .append(i)
                    .append(",Summary ")
                    .append(i)
                    .append(',')
                    .append(provider)
                    .append(
                            ",COMPANY,KE,AFRICA,,MEDIA_TRIAGE,IMAGE,INVESTIGATION,en,,cloud,yes,2\n");
        }
        return csv.toString();
    }

    @Test
    void theUploadIsKeptInTheDatabaseInChunksAndReadFromThereOneRowAtATime() throws Exception {
        String provider = "Chunked " + UUID.randomUUID().toString().substring(0, 6);
        String rows = manyRows(provider, 3);
        int firstRowEnd = rows.indexOf('\n', header().length()) + 1;
        // Blank lines (which the import passes over) make the file span several chunks, with
        // rows on both sides of the chunk boundaries.
        String padded =
                rows.substring(0, firstRowEnd)
                        + "\n".repeat(Uploads.CHUNK_BYTES + 7)
                        + rows.substring(firstRowEnd);
        long run = runToEnd("padded.csv", padded, false);
        var parameters = BatchRuntime.getJobOperator().getParameters(run);
        assertEquals(null, parameters.getProperty("file"), "no copy on this server's disk");
        UploadedFile stored = uploads.find(parameters.getProperty("upload"));
        assertEquals(padded.length(), stored.getSizeBytes());
        assertTrue(stored.getChunkCount() >= 2, "chunks: " + stored.getChunkCount());
        assertEquals("padded.csv", stored.getFileName());
        assertEquals(3, toolsOf(provider).size(), "every row on either side of a boundary");
    }

    @Test
    void aRunStartedFromTheCliShowsItsFileAndWhoStartedIt() throws Exception {
        String provider = "Console " + UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Path file =
                java.nio.file.Files.writeString(
                        java.nio.file.Files.createTempFile("from-the-console-", ".csv"),
                        manyRows(provider, 2));
        java.util.Properties parameters = new java.util.Properties();
        parameters.setProperty("file", file.toString());
        parameters.setProperty("publish", "false");
        parameters.setProperty("startedBy", "it-staff");
        long run = awaitEnd(BatchRuntime.getJobOperator().start(ImportJobService.JOB, parameters));
        ImportRunView view = As.user("admin", () -> jobs.run(run));
        assertEquals(file.getFileName().toString(), view.fileName());
        assertEquals("console:it-staff", view.startedBy());
        assertEquals("COMPLETED: 2 rows read, 2 written, 0 skipped", view.exitStatus());
        java.nio.file.Files.delete(file);
    }

    @Test
    void filesImportedAtTheSameTimeAllArriveWhole() throws Exception {
        String first = "Parallel A " + UUID.randomUUID().toString().substring(0, 6);
        String second = "Parallel B " + UUID.randomUUID().toString().substring(0, 6);
        String third = "Parallel C " + UUID.randomUUID().toString().substring(0, 6);
        long a =
                As.user(
                        "admin",
                        () ->
                                jobs.start(
                                        "a.csv",
                                        manyRows(first, 450).getBytes(StandardCharsets.UTF_8),
                                        true));
        long b =
                As.user(
                        "admin",
                        () ->
                                jobs.start(
                                        "b.csv",
                                        manyRows(second, 350).getBytes(StandardCharsets.UTF_8),
                                        true));
        long c =
                As.user(
                        "admin",
                        () ->
                                jobs.start(
                                        "c.csv",
                                        manyRows(third, 300).getBytes(StandardCharsets.UTF_8),
                                        false));
        awaitEnd(a);
        awaitEnd(b);
        awaitEnd(c);
        // Three transactions allocating ids of several kinds at once: they must not deadlock on the
        // sequence table.
        assertEquals("COMPLETED", As.user("admin", () -> jobs.run(a)).status());
        assertEquals("COMPLETED", As.user("admin", () -> jobs.run(b)).status());
        assertEquals("COMPLETED", As.user("admin", () -> jobs.run(c)).status());
        assertEquals(450, toolsOf(first).size());
        assertEquals(350, toolsOf(second).size());
        assertEquals(300, toolsOf(third).size());
        assertEquals(
                450, toolsOf(first).stream().map(Tool::getName).distinct().count(), "no duplicate");
    }

    @Test
    void aRunStoppedHalfwayAndRestartedEndsExactlyLikeAnUninterruptedOne() throws Exception {
        String stopped = "Stopped Lab " + UUID.randomUUID().toString().substring(0, 6);
        String straight = "Straight Lab " + UUID.randomUUID().toString().substring(0, 6);
        int rows = 3000;
        long run =
                As.user(
                        "admin",
                        () ->
                                jobs.start(
                                        "big.csv",
                                        manyRows(stopped, rows).getBytes(StandardCharsets.UTF_8),
                                        false));
        for (int i = 0; i < 600 && As.user("admin", () -> jobs.run(run)).written() < 100; i++) {
            Thread.sleep(20);
        }
        As.user(
                "admin",
                () -> {
                    jobs.stop(run);
                    return null;
                });
        awaitEnd(run);
        ImportRunView halfway = As.user("admin", () -> jobs.run(run));
        assertEquals("STOPPED", halfway.status());
        assertTrue(halfway.written() < rows, "stopped before the end: " + halfway.written());
        assertEquals(rows, halfway.total());
        assertTrue(halfway.percent() < 100, "the progress of a run stopped halfway");
        assertTrue(halfway.restartable());

        long again = awaitEnd(As.user("admin", () -> jobs.restart(run)));
        assertEquals("COMPLETED", As.user("admin", () -> jobs.run(again)).status());
        assertEquals(
                rows - halfway.written(),
                As.user("admin", () -> jobs.run(again)).written(),
                "it went on from its checkpoint");

        runToEnd("big.csv", manyRows(straight, rows), false);
        List<Tool> afterStop = toolsOf(stopped);
        assertEquals(rows, afterStop.size(), "no row lost, none twice");
        assertEquals(
                toolsOf(straight).stream().map(Tool::getName).sorted().toList(),
                afterStop.stream().map(Tool::getName).sorted().toList());
        assertEquals(rows, afterStop.stream().map(Tool::getName).distinct().count());
    }
}
