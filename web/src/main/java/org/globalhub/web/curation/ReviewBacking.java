package org.globalhub.web.curation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.boundary.ToolVersionService;
import org.globalhub.catalogue.boundary.VersionComparison;
import org.globalhub.catalogue.control.VersionDiff;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionAnswer;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.Messages;

/**
 * Reviewing a submitted version ({@code /curation/review.xhtml?version=}): every field and answer
 * beside the published one, changes marked, a comment box per answer; approve, send back or reject.
 * The waiting list is {@code reviews.xhtml}.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String QUEUE = "/curation/reviews?faces-redirect=true";

    /** One field or answer: the published value, the submitted one, and its change (or null). */
    public record Row(String key, String before, String after, VersionDiff.Change change) {}

    @EJB ToolVersionService versions;

    private Long versionId;
    private transient VersionComparison review;
    private transient List<Row> rows;
    private final Map<String, String> comments = new HashMap<>();
    private String note;
    private String reason;
    private boolean notFound;

    public void load() {
        try {
            if (versionId == null) {
                throw new org.globalhub.catalogue.boundary.VersionNotFoundException("?");
            }
            review = versions.review(versionId);
            rows = rowsOf(review, versions.questionsById().values());
            review.after().getComments().forEach(comments::putIfAbsent);
        } catch (BusinessException e) {
            notFound = true;
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static List<Row> rowsOf(VersionComparison review, Iterable<Question> questions) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> before =
                review.before() == null
                        ? Map.of()
                        : VersionDiff.fields(review.before().description());
        VersionDiff.fields(review.after().description())
                .forEach(
                        (key, after) ->
                                rows.add(
                                        new Row(
                                                key,
                                                before.get(key),
                                                after,
                                                review.diff().changeOf(key))));
        for (Question question : questions) {
            String id = question.getId();
            rows.add(
                    new Row(
                            id,
                            original(review.before(), id),
                            original(review.after(), id),
                            review.diff().changeOf(id)));
        }
        return rows;
    }

    private static String original(ToolVersion version, String question) {
        return version == null
                ? null
                : version.original(question).map(VersionAnswer::getText).orElse(null);
    }

    public String approve() {
        return Messages.attempt(() -> versions.approve(versionId), "review.done.approved", QUEUE);
    }

    public String sendBack() {
        return Messages.attempt(
                () -> versions.sendBack(versionId, comments, note), "review.done.returned", QUEUE);
    }

    public String reject() {
        return Messages.attempt(
                () -> versions.reject(versionId, reason), "review.done.rejected", QUEUE);
    }

    public VersionComparison getReview() {
        if (review == null && !notFound) {
            load();
        }
        return review;
    }

    public List<Row> getRows() {
        if (rows == null && !notFound) {
            load();
        }
        return rows == null ? List.of() : rows;
    }

    public long getChangeCount() {
        return getRows().stream().filter(r -> r.change() != null).count();
    }

    public List<ToolVersion> getWaiting() {
        return versions.waitingForReview();
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }
}
