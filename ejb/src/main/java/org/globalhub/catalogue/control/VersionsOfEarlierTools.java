package org.globalhub.catalogue.control;

import java.time.Instant;
import java.util.Collection;
import org.globalhub.catalogue.entity.Answer;
import org.globalhub.catalogue.entity.AnswerType;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.VersionSource;

/**
 * The first version of a tool that has answers but no version yet (made before versions existed, or
 * by the demo data): what schema migration 25 does for the tools it finds, for the ones made since.
 * Free-text answers are taken to be in English.
 */
public final class VersionsOfEarlierTools {

    public static final String AUTHOR = "hub";

    private VersionsOfEarlierTools() {}

    /** A published version 1 holding the tool's description and answers (not yet persisted). */
    public static ToolVersion versionOf(Tool tool, Collection<Answer> answers, Instant now) {
        ToolVersion version = ToolVersion.first(tool, VersionSource.EARLIER, AUTHOR, now);
        Instant asOf = tool.getCreatedAt();
        for (Answer answer : answers) {
            version.answer(
                    answer.getQuestion(),
                    answer.getQuestion().getAnswerType() == AnswerType.TEXT ? "en" : null,
                    answer.getText());
            if (answer.getAnsweredAt().isAfter(asOf)) {
                asOf = answer.getAnsweredAt();
            }
        }
        version.publishAsWritten(asOf.isAfter(now) ? now : asOf);
        return version;
    }
}
