package org.globalhub.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.globalhub.BrowserJourney;
import org.globalhub.HubDeployment;
import org.globalhub.HubHttp;
import org.globalhub.TestUser;
import org.globalhub.batch.questionnaireimport.QuestionnaireFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads to the import page over HTTPS, as a browser sends them: a file over the limit gets the
 * page back with the translated reason (not an empty server error), and a file between WildFly's
 * default 10 MB request limit and the Hub's 50 MB reaches the import.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportUploadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    private final URL base = BrowserJourney.hubUrl();

    private HubHttp administrator() throws Exception {
        HubHttp http =
                HubHttp.open("https://localhost:" + (base.getPort() + 8443 - 8080) + "/hub", true);
        assertTrue(http.logIn(TestUser.create(base, "administrator")).body().contains("navLogout"));
        return http;
    }

    private static HttpResponse<String> upload(HubHttp http, String name, byte[] content)
            throws Exception {
        return http.upload(
                "/admin/imports.xhtml",
                "uploadForm",
                "startImport",
                "file",
                name,
                content,
                Map.of());
    }

    @Test
    void aFileOverTheLimitGetsThePageBackWithTheTranslatedReason() throws Exception {
        HubHttp http = administrator();
        byte[] tooBig = new byte[(int) QuestionnaireFile.MAX_BYTES + 2 * 1024 * 1024];
        Arrays.fill(tooBig, (byte) 'x');
        HttpResponse<String> answer = upload(http, "huge.csv", tooBig);
        assertTrue(answer.statusCode() == 200, "HTTP " + answer.statusCode());
        assertTrue(
                answer.body().contains("The file is larger than 50 MB."),
                "the import page says why: " + answer.uri());
        assertTrue(answer.body().contains("id=\"uploadForm\""), "the form is there to try again");
    }

    @Test
    void aFileOverTenMegabytesButUnderTheLimitReachesTheImport() throws Exception {
        HubHttp http = administrator();
        // 12 MB that the import refuses as not text: the run starts, reads the file and fails fast.
        byte[] binary = new byte[12 * 1024 * 1024];
        Arrays.fill(binary, (byte) 7);
        binary[0] = 0;
        HttpResponse<String> answer = upload(http, "twelve-megabytes.csv", binary);
        assertTrue(answer.statusCode() == 200, "HTTP " + answer.statusCode());
        assertFalse(answer.body().contains("larger than 50 MB"), "not refused as too big");
        assertTrue(
                answer.body().contains("twelve-megabytes.csv"), "the run is listed with its file");
        assertTrue(
                answer.body()
                                .contains(
                                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-bars\"")
                        && answer.body().contains("id=\"importsChart-table\""),
                "the runs over time: a server-drawn chart and its table");
        assertEquals(
                400,
                HubHttp.client(false)
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(
                                                        answer.uri()
                                                                .resolve("/hub/login.xhtml")
                                                                .toString()))
                                        .header("Content-Type", "multipart/form-data; boundary=x")
                                        .GET()
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode(),
                "an upload's type on a GET is a bad request, not a server error");
        byte[] small = "tool_key\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(upload(http, "header-only.csv", small).body().contains("header-only.csv"));
    }

    @Test
    void anImportsProblemsAreReadableInThePageWithItsSpeed() throws Exception {
        HubHttp http = administrator();
        String n = java.util.UUID.randomUUID().toString().substring(0, 6);
        String file = "problems-" + n + ".csv";
        String csv =
                "tool_key,tool_name,summary,provider_name,provider_type,provider_country,"
                        + "provider_region,provider_website,purposes\n"
                        + "k1,Good "
                        + n
                        + ",Sorts pictures.,Page Lab "
                        + n
                        + ",COMPANY,KE,AFRICA,,MEDIA_TRIAGE\n"
                        + "k2,Bad "
                        + n
                        + ",On the moon.,Page Lab "
                        + n
                        + ",COMPANY,KE,MOON,,HASH_MATCHING\n";
        upload(http, file, csv.getBytes(StandardCharsets.UTF_8));
        String page = "";
        for (int i = 0; i < 60 && !page.contains("Completed with 1 problem"); i++) {
            Thread.sleep(500);
            page = http.get("/admin/imports.xhtml").body();
        }
        int at = page.indexOf(file);
        assertTrue(at > 0, "the run is listed");
        String run = page.substring(at, Math.min(page.length(), at + 6000));
        assertTrue(run.contains("Completed with 1 problem"), run);
        assertTrue(
                run.contains("<details class=\"problems-shown\"")
                        && run.contains("<td class=\"number\">3</td>")
                        && run.contains("MOON"),
                "the problem is readable in the page: row 3 (after the header), its value");
        assertTrue(run.matches("(?s).*\\d+ rows per second.*"), "the run's speed");

        String last = http.get("/admin/imports.xhtml?page=99999").body();
        java.util.regex.Matcher pageOf =
                java.util.regex.Pattern.compile("Page (\\d+) of (\\d+)").matcher(last);
        assertTrue(
                pageOf.find() && pageOf.group(1).equals(pageOf.group(2)),
                "a page past the end gives the last page of runs, paged in the job repository");
        assertTrue(
                http.get("/admin/imports.xhtml?page=2000000000").body().contains("runsForm"),
                "a page number too large to multiply is still the last page, not an error");
        assertTrue(
                http.get("/admin/imports.xhtml?page=x")
                        .body()
                        .contains("The page number in the address is not valid"),
                "a page number that is not one is reported");
    }
}
