package org.globalhub.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * A learning article written by curators in the Hub. Its body is HTML cleaned on every save; each
 * save is a new version (kept in {@link ArticleVersion}); agents see it only once published.
 */
@Entity
@Table(name = "learning_article")
@NamedQuery(
        name = "Article.findPublished",
        query = "SELECT a FROM Article a WHERE a.status = :published ORDER BY a.title")
public class Article {

    public static final int MAX_BODY = 20000;

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "article_seq")
    @TableGenerator(
            name = "article_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "ARTICLE",
            allocationSize = 20)
    private Long id;

    @NotPersonal("learning content, not about its author")
    @Column(nullable = false, length = 200)
    private String title;

    @NotPersonal("learning content, not about its author")
    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @NotPersonal
    @Column(nullable = false, length = 8)
    private String language;

    @NotPersonal
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @NotPersonal
    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "a learning article stays for other agents, without the name of its last editor")
    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @NotPersonal
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotPersonal @Version private long version;

    protected Article() {}

    public Article(String title, String body, String language, String by, Instant now) {
        revise(title, body, language, by, now);
    }

    /** A new version of the text; a published article stays published with the new text. */
    public void revise(
            String newTitle, String newBody, String newLanguage, String by, Instant now) {
        title = Objects.requireNonNull(newTitle);
        body = Objects.requireNonNull(newBody);
        language = Objects.requireNonNull(newLanguage);
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(now);
        versionNo++;
    }

    public void publish(boolean published) {
        status = published ? Status.PUBLISHED : Status.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
