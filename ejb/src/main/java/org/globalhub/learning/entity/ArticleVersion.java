package org.globalhub.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/** One saved version of an article: the text as it was, who saved it, when. */
@Entity
@Table(name = "learning_article_version")
@NamedQuery(
        name = "ArticleVersion.findByArticle",
        query =
                "SELECT v FROM ArticleVersion v WHERE v.articleId = :article ORDER BY v.versionNo DESC")
public class ArticleVersion {

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "article_version_seq")
    @TableGenerator(
            name = "article_version_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "ARTICLE_VERSION",
            allocationSize = 20)
    private Long id;

    @NotPersonal
    @Column(name = "article_id", nullable = false)
    private long articleId;

    @NotPersonal
    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @NotPersonal("learning content, not about its author")
    @Column(nullable = false, length = 200)
    private String title;

    @NotPersonal("learning content, not about its author")
    @Column(nullable = false, length = Article.MAX_BODY)
    private String body;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "an article's earlier versions stay with the article, without the name of who saved them")
    @Column(name = "saved_by", nullable = false, length = 254)
    private String savedBy;

    @NotPersonal
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ArticleVersion() {}

    public ArticleVersion(Article article) {
        this.articleId = article.getId();
        this.versionNo = article.getVersionNo();
        this.title = article.getTitle();
        this.body = article.getBody();
        this.savedBy = article.getUpdatedBy();
        this.savedAt = Objects.requireNonNull(article.getUpdatedAt());
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
