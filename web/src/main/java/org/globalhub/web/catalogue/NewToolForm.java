package org.globalhub.web.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.ToolDescription;

/**
 * The short form that files a new tool (name, summary, main purpose) before the questionnaire
 * editor opens: used by curators ({@code /curation/tools.xhtml}) and providers ({@code
 * /provider/index.xhtml}).
 */
public class NewToolForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String summary;
    private Purpose purpose;

    /** The description it gives, checked like every other (throws on bad input). */
    public ToolDescription description() {
        return new ToolDescription(
                name,
                summary,
                purpose == null ? Set.of() : Set.of(purpose),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
    }

    public List<Purpose> getPurposes() {
        return List.of(Purpose.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }
}
