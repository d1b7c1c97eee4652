package org.globalhub.network.boundary;

import java.util.List;

/**
 * A colleague as the directory shows them: only the fields they chose to share are filled (null
 * otherwise); {@code accountId} is the handle for messages and contact requests.
 */
public record DirectoryCard(
        long accountId,
        String name,
        String agency,
        String country,
        List<String> languages,
        List<String> expertise,
        String toolsUsed,
        String email,
        boolean mayMessage) {}
