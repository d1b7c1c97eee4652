package org.globalhub.selection.boundary;

import java.util.List;
import org.globalhub.platform.Paged;
import org.globalhub.selection.control.ToolFacts;

/**
 * One page of the catalogue's list and where it sits in the whole result; {@code revision} names
 * the state of the catalogue it was read from (it changes with any tool, answer or rating), so that
 * what is rendered from it can be kept until the catalogue changes.
 */
public record CataloguePage(List<ToolFacts> tools, long total, int first, int size, String revision)
        implements Paged {}
