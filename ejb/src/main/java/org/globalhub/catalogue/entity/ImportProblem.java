package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.globalhub.platform.personal.NotPersonal;

/** A row an import run skipped: which line, which field, what value, and why (a message key). */
@NotPersonal
@Entity
@Table(name = "import_problem")
@NamedQuery(
        name = "ImportProblem.findByRun",
        query =
                "SELECT p FROM ImportProblem p WHERE p.executionId = :run ORDER BY p.lineNumber, p.id")
public class ImportProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_problem_seq")
    @TableGenerator(
            name = "import_problem_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "IMPORT_PROBLEM",
            allocationSize = 50)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Column(length = 60)
    private String field;

    @Column(name = "cell_value", length = 300)
    private String value;

    @Column(name = "message_key", nullable = false, length = 60)
    private String messageKey;

    @Column(name = "message_arg", length = 300)
    private String messageArgument;

    protected ImportProblem() {}

    public ImportProblem(
            long executionId,
            long lineNumber,
            String field,
            String value,
            String messageKey,
            String messageArgument) {
        this.executionId = executionId;
        this.lineNumber = lineNumber;
        this.field = field;
        this.value = clip(value);
        this.messageKey = messageKey;
        this.messageArgument = clip(messageArgument);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    public long getExecutionId() {
        return executionId;
    }

    public long getLineNumber() {
        return lineNumber;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageArgument() {
        return messageArgument;
    }
}
