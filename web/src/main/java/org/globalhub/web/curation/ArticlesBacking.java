package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.globalhub.learning.boundary.ArticleService;
import org.globalhub.learning.entity.Article;
import org.globalhub.learning.entity.ArticleVersion;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.Messages;

/**
 * Curators write learning articles ({@code /curation/articles.xhtml?id=...}): edit, save a version,
 * publish.
 */
@Named
@ViewScoped
public class ArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB ArticleService articles;

    private Long id;
    private String title;
    private String body;
    private String language = "en";
    private boolean loaded;

    /** The page's view action: opens the article named in the address, or a new one. */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        try {
            Article article = articles.article(id);
            title = article.getTitle();
            body = article.getBody();
            language = article.getLanguage();
        } catch (BusinessException e) {
            Messages.error(e);
            id = null;
        }
        loaded = true;
    }

    public List<ArticleVersion> getVersions() {
        return id == null ? List.of() : articles.versions(id);
    }

    public Article getCurrent() {
        return id == null ? null : articles.article(id);
    }

    public String save() {
        try {
            id = articles.save(id, title, body, language);
            body = articles.article(id).getBody(); // as cleaned
            Messages.info("article.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return null;
    }

    public String publish(boolean published) {
        if (id == null) {
            return null;
        }
        return Messages.attempt(
                () -> articles.publish(id, published),
                published ? "article.publishedDone" : "article.unpublishedDone",
                "/curation/articles?faces-redirect=true&id=" + id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
