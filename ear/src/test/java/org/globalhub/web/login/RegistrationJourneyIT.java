package org.globalhub.web.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.globalhub.identity.control.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole way in, in real Chromium with real mail (GreenMail on port 3025, where the test
 * server's mail session sends): register → confirm the e-mail → a curator approves → the first
 * login enrols the authenticator and shows the recovery codes → the catalogue.
 */
class RegistrationJourneyIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void applicantRegistersConfirmsIsApprovedEnrolsTotpAndReachesTheCatalogue() throws Exception {
        String email = "sara.k" + System.nanoTime() % 100000 + "@police.example";
        String password = "violet harbour seventeen";
        TestUser curator = TestUser.create(base, "curator");
        try (Browser browser = Browser.open(base)) {
            browser.go("register.xhtml");
            type(browser, "fullName", "Sara K<script>x</script>");
            type(browser, "agency", "Example National Police");
            new Select(browser.find(By.id("registerForm:country"))).selectByValue("KE");
            type(browser, "email", email);
            type(browser, "phone", "+254 20 000 0000");
            type(browser, "referee", "Supt. Example, +254 20 000 0001");
            type(browser, "purpose", "Triage of seized phones in our unit.");
            type(browser, "password", "password1234");
            type(browser, "passwordAgain", "password1234");
            browser.submit(By.id("registerForm:registerButton"));
            assertTrue(
                    browser.waitFor(By.id("messages")).getText().contains("consent")
                            || browser.find(By.id("messages")).getText().contains("privacy notice"),
                    "consent is required");

            type(browser, "password", "password1234");
            type(browser, "passwordAgain", "password1234");
            browser.find(By.id("registerForm:consent")).click();
            browser.submit(By.id("registerForm:registerButton"));
            assertTrue(
                    browser.waitFor(By.id("messages")).getText().contains("too common"),
                    "common passwords are refused");

            type(browser, "password", password);
            type(browser, "passwordAgain", password);
            if (!browser.find(By.id("registerForm:consent")).isSelected()) {
                browser.find(By.id("registerForm:consent")).click();
            }
            browser.submit(By.id("registerForm:registerButton"));
            browser.waitFor(By.id("registerDone"));

            String link = linkIn(awaitMail(email), "verify.xhtml\\?token=[A-Za-z0-9_-]+");
            browser.driver().get(link);
            assertTrue(browser.waitFor(By.id("verified")).getText().contains("confirmed"));
            browser.driver().get(link);
            assertTrue(
                    browser.waitFor(By.id("messages")).getText().contains("not valid any more"),
                    "the link works once");

            browser.go("login.xhtml");
            browser.waitFor(By.id("loginForm:email")).sendKeys(email);
            browser.find(By.id("loginForm:password")).sendKeys(password);
            browser.submit(By.id("loginForm:loginButton"));
            assertTrue(
                    browser.waitFor(By.id("messages")).getText().contains("being checked"),
                    "no entry before approval");

            browser.logIn(curator);
            browser.go("curation/vetting.xhtml");
            browser.find(By.id("listSearchText")).sendKeys(email);
            browser.submit(By.id("listSearchButton"));
            assertTrue(
                    browser.text(By.id("listCount")).startsWith("1 entry"),
                    "the applications searched in the database: "
                            + browser.text(By.id("listCount")));
            WebElement application =
                    browser.driver().findElements(By.cssSelector(".vetting-item")).stream()
                            .filter(e -> e.getText().contains(email))
                            .findFirst()
                            .orElseThrow();
            assertTrue(
                    application.getText().contains("known domain of Example National Police"),
                    "domain hint");
            assertTrue(application.getText().contains("Sara K<script>x</script>"), "shown as text");
            browser.submit(application.findElement(By.cssSelector("button.approve")));
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("approved"));
            assertTrue(
                    awaitMailCount(email, 2).get(1).getSubject().contains("approved"),
                    "the applicant is told");
            browser.logOut();

            browser.go("login.xhtml");
            browser.waitFor(By.id("loginForm:email")).sendKeys(email);
            browser.find(By.id("loginForm:password")).sendKeys(password);
            browser.submit(By.id("loginForm:loginButton"));
            String secret = browser.waitFor(By.id("secret")).getText().replace(" ", "");
            assertTrue(browser.find(By.cssSelector(".qr svg")).isDisplayed(), "QR code shown");
            browser.find(By.id("enrolForm:code"))
                    .sendKeys(
                            "000000".equals(Totp.code(secret, Totp.step(Instant.now())))
                                    ? "111111"
                                    : "000000");
            browser.submit(By.id("enrolForm:enrolButton"));
            assertTrue(
                    browser.waitFor(By.id("messages")).getText().contains("not right"),
                    "a wrong code is refused");
            browser.find(By.id("enrolForm:code")).clear();
            browser.find(By.id("enrolForm:code"))
                    .sendKeys(Totp.code(secret, Totp.step(Instant.now())));
            browser.submit(By.id("enrolForm:enrolButton"));
            List<WebElement> codes =
                    browser.waitFor(By.id("recoveryCodes")).findElements(By.tagName("li"));
            assertEquals(10, codes.size());
            browser.go("login-recovery-codes.xhtml");
            browser.waitFor(By.id("recoveryGone"));
            assertTrue(
                    browser.driver().findElements(By.id("recoveryCodes")).isEmpty(),
                    "the codes are shown once");
            browser.submit(By.id("continueLink"));
            assertTrue(browser.waitFor(By.id("resultCount")).getText().contains("tools found"));
        }
    }

    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.find(By.id("registerForm:" + field));
        input.clear();
        input.sendKeys(text);
    }

    private static MimeMessage awaitMail(String to) throws Exception {
        return awaitMailCount(to, 1).get(0);
    }

    private static List<MimeMessage> awaitMailCount(String to, int count) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> mine = new java.util.ArrayList<>();
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(to)) {
                    mine.add(message);
                }
            }
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + to);
    }

    private static String linkIn(MimeMessage mail, String pattern) {
        Matcher matcher =
                Pattern.compile("https://\\S+" + pattern).matcher(GreenMailUtil.getBody(mail));
        assertTrue(matcher.find(), "link in the mail");
        return matcher.group();
    }
}
