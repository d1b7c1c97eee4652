package org.globalhub.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.globalhub.catalogue.boundary.CatalogueService;
import org.globalhub.catalogue.boundary.VersionComparison;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.platform.BusinessException;

/**
 * "What changed" ({@code /catalogue/changes.xhtml?id=&from=&to=}): the published versions of a
 * tool, and what changed between two of them (by default the latest and the one before).
 */
@Named
@ViewScoped // the version lists must still be there when the form posts back
public class ChangesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB CatalogueService catalogue;

    private Long id;
    private Integer from;
    private Integer to;

    /** Entities are not serializable: after a session passivation the page loads them again. */
    private transient List<ToolVersion> versions;

    private transient VersionComparison comparison;
    private boolean notFound;

    /** The view action: an unknown tool or version number shows "not found" with status 404. */
    public void load() {
        try {
            if (id == null) {
                throw new org.globalhub.catalogue.boundary.ToolNotFoundException("?");
            }
            versions = catalogue.publishedVersions(id);
            if (versions.isEmpty()) {
                return;
            }
            int latest = versions.get(0).getNumber();
            int newer = to == null ? latest : to;
            int older =
                    from == null
                            ? (versions.size() > 1 ? versions.get(1).getNumber() : newer)
                            : from;
            from = Math.min(older, newer);
            to = Math.max(older, newer);
            comparison = catalogue.compare(id, from, to);
        } catch (BusinessException e) {
            notFound = true;
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The form's button: the same page for the two chosen versions (a link one can share). */
    public String show() {
        return "/catalogue/changes?faces-redirect=true&id=" + id + "&from=" + from + "&to=" + to;
    }

    public String getToolName() {
        return comparison != null ? comparison.after().getTool().getName() : null;
    }

    public List<ToolVersion> getVersions() {
        if (versions == null && !notFound) {
            load();
        }
        return versions == null ? List.of() : versions;
    }

    public VersionComparison getComparison() {
        if (comparison == null && versions == null && !notFound) {
            load();
        }
        return comparison;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
