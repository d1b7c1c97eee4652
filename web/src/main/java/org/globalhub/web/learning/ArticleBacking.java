package org.globalhub.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.globalhub.learning.boundary.ArticleService;
import org.globalhub.learning.entity.Article;
import org.globalhub.platform.BusinessException;

/**
 * A published article by the curators ({@code /learning/article.xhtml?id=...}), and the list for
 * the learning page.
 */
@Named
@RequestScoped
public class ArticleBacking {

    @EJB ArticleService articles;

    private Long id;
    private Article article;

    public void load() {
        try {
            article = id == null ? null : articles.article(id);
        } catch (BusinessException e) {
            article = null;
        }
        if (article == null) {
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public List<Article> getPublished() {
        return articles.published();
    }

    public Article getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
