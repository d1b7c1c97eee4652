package org.globalhub.catalogue.control;

import java.util.List;

/**
 * A row that breaks the schema: the batch step skips it and the skip listener records the problems.
 */
public class ImportRowException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final List<ImportProblemDetail> problems;

    public ImportRowException(long line, List<ImportProblemDetail> problems) {
        super("Line " + line + ": " + problems.size() + " problem(s)");
        this.line = line;
        this.problems = List.copyOf(problems);
    }

    public long line() {
        return line;
    }

    public List<ImportProblemDetail> problems() {
        return problems;
    }
}
