package org.globalhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTargetTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/hub/catalogue/index.xhtml",
                "/hub/catalogue/index.xhtml?q=age&purpose=TRIAGE",
                "/hub/"
            })
    void aPageOfTheHubIsKept(String back) {
        assertEquals(back, LocalTarget.back("/hub", back));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/hub/",
                "https://evil.example/hub/",
                "/hub/../other/",
                "/hub/..\\other",
                "/hubx/page.xhtml",
                "/other/page.xhtml",
                "/hub/page.xhtml#frag",
                "/hub/a b",
                "javascript:alert(1)",
                ""
            })
    void anythingElseGoesToTheStartPage(String back) {
        assertEquals("/hub/", LocalTarget.back("/hub", back));
    }

    @Test
    void noTargetGoesToTheStartPage() {
        assertEquals("/hub/", LocalTarget.back("/hub", null));
    }
}
