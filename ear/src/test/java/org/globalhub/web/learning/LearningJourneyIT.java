package org.globalhub.web.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.globalhub.Browser;
import org.globalhub.BrowserJourney;
import org.globalhub.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An agent in real Chromium completes a lesson: a wrong answer is explained, the right ones
 * complete it.
 */
class LearningJourneyIT extends BrowserJourney {

    @Test
    void anAgentCompletesALesson() throws Exception {
        TestUser agent = TestUser.create(base, "agent");
        try (Browser browser = Browser.open(base)) {
            browser.logIn(agent);
            browser.submit(By.id("navLearning"));
            assertTrue(browser.text(By.id("module-wellbeing")).contains("0 of 2 lessons done"));
            browser.submit(
                    browser.find(By.id("module-wellbeing"))
                            .findElement(By.cssSelector(".lesson-link")));
            assertTrue(browser.text(By.id("lessonTitle")).contains("Less exposure by design"));
            browser.find(
                            By.cssSelector(
                                    "input[name='checkForm:j_idt0:0:answer'][value='1'], #checkForm input[type=radio][value='1']"))
                    .click();
            browser.submit(By.id("checkForm:check"));
            assertTrue(browser.text(By.id("messages")).contains("Not all answers are right yet"));
            assertTrue(
                    browser.text(By.id("checkForm"))
                            .contains("Known material recognised by its hash"),
                    "the explanation is shown");
            browser.find(By.cssSelector("#checkForm input[type=radio][value='2']")).click();
            browser.submit(By.id("checkForm:check"));
            assertTrue(browser.text(By.id("messages")).contains("the lesson is completed"));
            browser.go("learning/index.xhtml");
            assertTrue(browser.text(By.id("module-wellbeing")).contains("1 of 2 lessons done"));
        }
    }
}
