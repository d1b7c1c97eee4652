package org.globalhub.catalogue.boundary;

import java.util.Map;

/**
 * Fired (CDI event) when published tools' descriptions, labels or answers change (an import updated
 * them): id → name.
 */
public record ToolUpdated(Map<Long, String> tools) {}
