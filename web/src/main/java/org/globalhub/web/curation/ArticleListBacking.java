package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.learning.boundary.ArticleService;
import org.globalhub.learning.entity.Article;
import org.globalhub.platform.ListPage;
import org.globalhub.web.shell.ListAddress;

/**
 * The list of learning articles above the editor on {@code /curation/articles.xhtml}: searched and
 * paged in the database, read again on every request (the editor's bean lives as long as the view).
 */
@Named
@RequestScoped
public class ArticleListBacking {

    @EJB ArticleService articles;

    private final ListAddress address = new ListAddress();

    /** This page of the articles (search and page come from the address). */
    public ListPage<Article> getPage() {
        return address.page(articles::all);
    }

    public List<Article> getAll() {
        return getPage().items();
    }

    public ListAddress getAddress() {
        return address;
    }
}
