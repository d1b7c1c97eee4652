package org.globalhub.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.globalhub.audit.control.AuditTrail;
import org.globalhub.identity.Roles;
import org.globalhub.learning.control.SafeHtml;
import org.globalhub.learning.entity.Article;
import org.globalhub.learning.entity.ArticleVersion;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.ListQuery;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Texts;

/**
 * Learning articles that curators write in the Hub: saved as drafts (every save a version, HTML
 * cleaned), published for agents, unpublished again; agents read published ones.
 */
@Stateless
public class ArticleService {

    @Inject Clock clock;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<Article> published() {
        return em.createNamedQuery("Article.findPublished", Article.class)
                .setParameter("published", Article.Status.PUBLISHED)
                .getResultList();
    }

    /** A published article; curators also open drafts. */
    @RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
    public Article article(long id) {
        Article article = em.find(Article.class, id);
        boolean curator =
                context.isCallerInRole(Roles.CURATOR)
                        || context.isCallerInRole(Roles.ADMINISTRATOR);
        if (article == null || (article.getStatus() != Article.Status.PUBLISHED && !curator)) {
            throw new NotFoundException("learning.notFound", id);
        }
        return article;
    }

    /**
     * One page of every article, drafts too, the latest changed first; {@code text} (optional) is
     * looked for in the title and the last author.
     */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public ListPage<Article> all(String text, int page) {
        return new ListQuery("a", "Article a")
                .contains(text, "a.title", "a.updatedBy")
                .page(em, Article.class, "a.updatedAt DESC, a.id DESC", page, PAGE_SIZE);
    }

    /** How many articles a page of the curators' list shows. */
    public static final int PAGE_SIZE = 50;

    /** Saves a new article ({@code id} null) or a new version of one; returns its id. */
    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public long save(Long id, String title, String html, String language) {
        String cleanTitle = Texts.clean(title, "article.title", true, 200);
        String body = SafeHtml.clean(html);
        if (body.isBlank()) {
            throw new InvalidInputException("article.empty");
        }
        if (body.length() > Article.MAX_BODY) {
            throw new InvalidInputException("article.tooLong", Article.MAX_BODY);
        }
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new InvalidInputException("error.language", lang);
        }
        Instant now = Instant.now(clock);
        Article article;
        if (id == null) {
            article = new Article(cleanTitle, body, lang, caller(), now);
            em.persist(article);
        } else {
            article = em.find(Article.class, id);
            if (article == null) {
                throw new NotFoundException("error.notFound", id);
            }
            article.revise(cleanTitle, body, lang, caller(), now);
        }
        em.flush();
        em.persist(new ArticleVersion(article));
        new AuditTrail(em, clock)
                .record(
                        caller(),
                        "article.saved",
                        "Article",
                        article.getId(),
                        "version " + article.getVersionNo());
        return article.getId();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public void publish(long id, boolean published) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NotFoundException("error.notFound", id);
        }
        article.publish(published);
        new AuditTrail(em, clock)
                .record(
                        caller(),
                        published ? "article.published" : "article.unpublished",
                        "Article",
                        id,
                        null);
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMINISTRATOR})
    public List<ArticleVersion> versions(long id) {
        return em.createNamedQuery("ArticleVersion.findByArticle", ArticleVersion.class)
                .setParameter("article", id)
                .getResultList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
