package org.globalhub.web.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A provider's side from application to publication, in French, in real Chromium with real mail:
 * the organisation applies and confirms its address, a curator admits it, its person enrols the
 * authenticator, files a tool and answers the questionnaire, submits; a curator approves; the
 * provider is told (in French) and sees its published version. Two browsers: the provider's session
 * stays open while the curator works.
 */
class ProviderJourneyIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Required answers by question id: text, or the code of the option to tick. */
    private static final Map<String, String> TEXTS =
            Map.of(
                    "tech.intended-purpose", "Estimer l’âge des personnes sur les images saisies.",
                    "tech.out-of-scope", "Les flux vidéo en direct.",
                    "tech.limitations", "Moins précis sur les images floues.",
                    "eth.lawful-training-data", "Données sous licence et synthétiques.",
                    "eth.privacy-by-design", "Fonctionne hors ligne, rien ne sort du service.",
                    "eth.redress", "Les erreurs se signalent à notre médiateur.");

    private static final Map<String, String> CHOICES =
            Map.of(
                    "tech.input-data", "images",
                    "tech.deployment", "on-premises",
                    "tech.development-stage", "production",
                    "tech.availability", "law-enforcement-only",
                    "eth.human-oversight", "yes");

    @Test
    void aProviderAppliesInFrenchIsAdmittedAndPublishesItsFirstTool() throws Exception {
        long n = System.nanoTime() % 100000;
        String email = "contact" + n + "@labo" + n + ".example";
        String password = "violet harbour seventeen";
        String organisation = "Laboratoire Âge " + n;
        String tool = "Estimateur " + n;
        TestUser curator = TestUser.create(base, "curator");
        try (Browser provider = Browser.open(base);
                Browser staff = Browser.open(base)) {
            provider.go("login.xhtml");
            provider.submit(By.cssSelector("#languageForm button[lang='fr']"));
            provider.waitFor(By.cssSelector("html[lang='fr']"));
            provider.submit(By.id("registerProviderLink"));
            type(provider, "organisation", organisation);
            type(provider, "website", "https://www.labo" + n + ".example");
            new Select(provider.find(By.id("providerForm:type"))).selectByValue("ACADEMIA");
            new Select(provider.find(By.id("providerForm:country"))).selectByValue("FR");
            new Select(provider.find(By.id("providerForm:region")))
                    .selectByValue("WESTERN_EUROPE_OTHERS");
            type(provider, "about", "Estimation de l’âge sur des images saisies.");
            type(provider, "fullName", "Camille Martin");
            type(provider, "email", email);
            type(provider, "phone", "+33 1 00 00 00 00");
            type(provider, "password", password);
            type(provider, "passwordAgain", password);
            provider.find(By.id("providerForm:consent")).click();
            provider.submit(By.id("providerForm:applyButton"));
            assertTrue(
                    provider.waitFor(By.id("messages")).getText().contains("Conditions"),
                    "the terms must be accepted: " + provider.text(By.id("messages")));
            type(provider, "password", password);
            type(provider, "passwordAgain", password);
            provider.find(By.id("providerForm:terms")).click();
            if (!provider.find(By.id("providerForm:consent")).isSelected()) {
                provider.find(By.id("providerForm:consent")).click();
            }
            provider.submit(By.id("providerForm:applyButton"));
            provider.waitFor(By.id("registerDone"));
            provider.driver()
                    .get(
                            linkIn(
                                    awaitMails(email, 1).get(0),
                                    "verify.xhtml\\?token=[A-Za-z0-9_-]+"));
            provider.waitFor(By.id("verified"));

            staff.logIn(curator);
            staff.go("curation/vetting.xhtml");
            WebElement application =
                    staff.driver().findElements(By.cssSelector(".provider-application")).stream()
                            .filter(e -> email.equals(e.getAttribute("data-email")))
                            .findFirst()
                            .orElseThrow();
            assertTrue(application.getText().contains(organisation));
            staff.submit(application.findElement(By.cssSelector("button.admit")));
            staff.waitFor(By.id("messages"));

            provider.go("login.xhtml");
            provider.waitFor(By.id("loginForm:email")).sendKeys(email);
            provider.find(By.id("loginForm:password")).sendKeys(password);
            provider.submit(By.id("loginForm:loginButton"));
            String secret = provider.waitFor(By.id("secret")).getText().replace(" ", "");
            provider.find(By.id("enrolForm:code"))
                    .sendKeys(Totp.code(secret, Totp.step(Instant.now())));
            provider.submit(By.id("enrolForm:enrolButton"));
            provider.waitFor(By.id("recoveryCodes"));
            provider.submit(By.id("continueLink"));
            assertEquals("Vos outils", provider.waitFor(By.tagName("h1")).getText());
            assertTrue(provider.text(By.id("organisation")).contains(organisation));
            provider.screenshot("provider-portal-fr");

            provider.find(By.id("addToolForm:newName")).sendKeys(tool);
            provider.find(By.id("addToolForm:newSummary"))
                    .sendKeys("Estime l’âge sur des images saisies.");
            new Select(provider.find(By.id("addToolForm:newPurpose")))
                    .selectByValue("AGE_ESTIMATION");
            provider.submit(By.id("addToolForm:create"));
            provider.waitFor(By.id("editorForm:submit"));
            assertTrue(
                    provider.text(By.id("missingRequired")).contains("11"),
                    "required answers are counted");
            for (var text : TEXTS.entrySet()) {
                WebElement field =
                        provider.find(
                                By.cssSelector("[data-question='" + text.getKey() + "'] textarea"));
                centre(provider, field);
                field.sendKeys(text.getValue());
            }
            for (var choice : CHOICES.entrySet()) {
                WebElement option =
                        provider.find(
                                By.cssSelector(
                                        "[data-question='"
                                                + choice.getKey()
                                                + "'] input[value='"
                                                + choice.getValue()
                                                + "']"));
                centre(provider, option);
                option.click();
            }
            provider.screenshot("provider-editor-fr");
            provider.submit(By.id("editorForm:submit"));
            WebElement row =
                    provider.waitFor(By.id("tools")).findElements(By.tagName("tr")).stream()
                            .filter(r -> r.getText().contains(tool))
                            .findFirst()
                            .orElseThrow();
            assertTrue(
                    row.getText().contains("En attente") || row.getText().contains("attente"),
                    row.getText());

            staff.go("curation/reviews.xhtml");
            staff.submit(By.linkText(tool));
            assertTrue(staff.waitFor(By.id("reviewTable")).getText().contains("Estimer"));
            staff.submit(By.id("reviewForm:approve"));
            staff.waitFor(By.id("messages"));

            List<MimeMessage> mails = awaitMails(email, 3);
            assertTrue(
                    mails.stream().anyMatch(m -> subject(m).contains("publiées")),
                    "the provider is told, in French");
            provider.go("provider/index.xhtml");
            WebElement published =
                    provider.waitFor(By.id("tools")).findElements(By.tagName("tr")).stream()
                            .filter(r -> r.getText().contains(tool))
                            .findFirst()
                            .orElseThrow();
            assertTrue(published.getText().contains("Version 1"), published.getText());

            // The portal and the editor right to left in Arabic, on a 390 px phone, with nothing
            // wider than the screen.
            provider.submit(By.cssSelector("#languageForm button[lang='ar']"));
            provider.waitFor(By.cssSelector("html[dir='rtl']"));
            provider.driver()
                    .manage()
                    .window()
                    .setSize(new org.openqa.selenium.Dimension(390, 844));
            provider.go("provider/index.xhtml");
            provider.waitFor(By.id("tools"));
            provider.screenshot("provider-portal-ar-390");
            assertFitsTheScreen(provider, "portal");
            provider.submit(By.cssSelector("a.edit-link"));
            provider.waitFor(By.id("editorForm:save"));
            provider.screenshot("provider-editor-ar-390");
            assertFitsTheScreen(provider, "editor");
        }
    }

    private static void assertFitsTheScreen(Browser browser, String page) {
        Object overflow =
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return document.documentElement.scrollWidth"
                                        + " - document.documentElement.clientWidth");
        Object widest =
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return [...document.querySelectorAll('body *')]"
                                        + ".filter(e => e.getBoundingClientRect().left < 0"
                                        + " || e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                                        + ".slice(0, 4).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
        assertEquals(
                0L, ((Number) overflow).longValue(), page + " is wider than the phone: " + widest);
    }

    /** Scrolls an element to the middle of the window, clear of the sticky action bar. */
    private static void centre(Browser browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.find(By.id("providerForm:" + field));
        input.clear();
        input.sendKeys(text);
    }

    private static List<MimeMessage> awaitMails(String to, int count) throws Exception {
        for (int i = 0; i < 150; i++) {
            List<MimeMessage> mine = new ArrayList<>();
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
        throw new AssertionError("fewer than " + count + " mails to " + to);
    }

    /** The link in a mail's text, decoded (a French mail travels quoted-printable). */
    private static String linkIn(MimeMessage mail, String pattern) throws Exception {
        Object content = mail.getContent();
        String text = content instanceof String decoded ? decoded : GreenMailUtil.getBody(mail);
        Matcher matcher = Pattern.compile("https://\\S+" + pattern).matcher(text);
        assertTrue(matcher.find(), "link in the mail");
        return matcher.group();
    }
}
