package org.globalhub.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Curators' articles in the real server: cleaned HTML, versions, drafts hidden from agents until
 * published.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB ArticleService articles;

    @Test
    void curatorsWriteCleanedVersionedArticlesThatAgentsSeeOnlyOncePublished() {
        String html =
                "<p>Thresholds <b>matter</b>.</p><script>alert('x')</script><img src=x onerror=alert(1)>"
                        + "<a href=\"javascript:alert(2)\">click</a><p onmouseover=\"alert(3)\">Hover</p>";
        long id = As.curator(() -> articles.save(null, "Setting thresholds", html, "en"));
        String stored = As.curator(() -> articles.article(id)).getBody();
        for (String bad :
                new String[] {"script", "onerror", "javascript:", "onmouseover", "alert"}) {
            assertFalse(stored.contains(bad), bad + " survived: " + stored);
        }
        assertTrue(stored.contains("<p>Thresholds <b>matter</b>.</p>"));

        assertThrows(
                NotFoundException.class,
                () -> As.agent(() -> articles.article(id)),
                "a draft is not shown to agents");
        assertTrue(As.agent(() -> articles.published()).stream().noneMatch(a -> a.getId() == id));

        As.curator(
                () -> articles.save(id, "Setting thresholds well", "<p>Second version.</p>", "fr"));
        assertEquals(2, As.curator(() -> articles.versions(id)).size(), "every save is a version");
        As.curator(
                () -> {
                    articles.publish(id, true);
                    return null;
                });
        assertEquals("Setting thresholds well", As.agent(() -> articles.article(id)).getTitle());
        assertTrue(As.agent(() -> articles.published()).stream().anyMatch(a -> a.getId() == id));

        assertEquals(
                "article.empty",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.curator(
                                                () ->
                                                        articles.save(
                                                                null,
                                                                "Empty",
                                                                "<script>only a script</script>",
                                                                "en")))
                        .messageKey());
        assertEquals(
                "error.language",
                assertThrows(
                                InvalidInputException.class,
                                () ->
                                        As.curator(
                                                () ->
                                                        articles.save(
                                                                null,
                                                                "Bad language",
                                                                "<p>x</p>",
                                                                "klingon")))
                        .messageKey());
    }

    @Test
    void curatorsSearchTheArticlesLatestChangedFirst() {
        String tag = "Searchable" + System.nanoTime();
        long older = As.curator(() -> articles.save(null, tag + " older", "<p>One.</p>", "en"));
        long newer = As.curator(() -> articles.save(null, tag + " newer", "<p>Two.</p>", "en"));
        ListPage<org.globalhub.learning.entity.Article> found =
                As.curator(() -> articles.all(tag.toLowerCase(java.util.Locale.ROOT), 1));
        assertEquals(2, found.total(), "the search is on the title, in any case");
        assertEquals(newer, found.items().get(0).getId(), "the latest changed first");
        assertEquals(older, found.items().get(1).getId());
        assertEquals(
                0,
                As.curator(() -> articles.all(tag + "%", 1)).total(),
                "% in a search is taken literally");
    }
}
