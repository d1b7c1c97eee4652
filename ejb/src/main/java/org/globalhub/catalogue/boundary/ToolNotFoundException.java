package org.globalhub.catalogue.boundary;

import org.globalhub.platform.NotFoundException;

/** No tool with that id is visible to the caller. */
public class ToolNotFoundException extends NotFoundException {

    public ToolNotFoundException(Object id) {
        super("error.toolNotFound", id);
    }
}
