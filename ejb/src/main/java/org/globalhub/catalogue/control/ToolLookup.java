package org.globalhub.catalogue.control;

import jakarta.persistence.EntityManager;
import org.globalhub.catalogue.boundary.ToolNotFoundException;
import org.globalhub.catalogue.entity.Tool;

/** Loads a tool by id for services, with the "not found" rule in one place. */
public final class ToolLookup {

    private ToolLookup() {}

    /** Any tool, whatever its status (curators). */
    public static Tool get(EntityManager em, long id) {
        Tool tool = em.find(Tool.class, id);
        if (tool == null) {
            throw new ToolNotFoundException(id);
        }
        return tool;
    }

    /** A tool that is in the catalogue now: agents may only act on these. */
    public static Tool getListed(EntityManager em, long id) {
        Tool tool = get(em, id);
        if (!tool.isListed()) {
            throw new ToolNotFoundException(id);
        }
        return tool;
    }
}
