package org.globalhub.catalogue.boundary;

import org.globalhub.platform.NotFoundException;

/** No version of a tool with that id is visible to the caller. */
public class VersionNotFoundException extends NotFoundException {

    public VersionNotFoundException(Object id) {
        super("error.versionNotFound", id);
    }
}
