package org.globalhub.selection.boundary;

import java.util.List;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.selection.control.ToolFacts;

/**
 * Up to four tools side by side: their facts, and every question of both questionnaires with each
 * tool's answer (null: not answered) and whether the answers differ.
 */
public record Comparison(List<ToolFacts> tools, List<Row> rows) {

    public record Row(Question question, List<String> answers) {
        public boolean differs() {
            return answers.stream().distinct().count() > 1;
        }
    }
}
