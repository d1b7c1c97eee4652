package org.globalhub.selection.control;

import java.util.List;

/**
 * One reason a tool fits or does not fit the agent's answers: a message key ({@code reason.*},
 * translated by the web layer) with its arguments (codes the page turns into labels), and whether
 * it counts for or against.
 */
public record Reason(boolean fits, String key, List<String> arguments) {

    public static Reason fits(String key, String... arguments) {
        return new Reason(true, key, List.of(arguments));
    }

    public static Reason against(String key, String... arguments) {
        return new Reason(false, key, List.of(arguments));
    }
}
