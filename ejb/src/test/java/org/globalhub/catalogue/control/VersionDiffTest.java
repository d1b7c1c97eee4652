package org.globalhub.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.globalhub.catalogue.entity.AnswerType;
import org.globalhub.catalogue.entity.Provider;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.catalogue.entity.QuestionnaireKind;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolDescription;
import org.globalhub.catalogue.entity.ToolVersion;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.catalogue.entity.VersionSource;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Question A = text("q.a");
    static final Question B = text("q.b");
    static final Question C = text("q.c");
    static final Question D = text("q.d");

    static Question text(String id) {
        return new Question(id, QuestionnaireKind.ETHICS, "S", 1, AnswerType.TEXT, null, 1);
    }

    static ToolVersion first() {
        Provider provider = new Provider("P", ProviderType.COMPANY, "KE", UnRegion.AFRICA, null);
        Tool tool = new Tool("Tool", "Summary", provider, NOW);
        tool.label(Set.of(Purpose.AGE_ESTIMATION), Set.of(), Set.of());
        ToolVersion version = ToolVersion.first(tool, VersionSource.PROVIDER, "p@x.example", NOW);
        version.answer(A, "en", "kept");
        version.answer(B, "en", "before");
        version.answer(C, "en", "removed later");
        version.answer(D, "en", "translated later");
        return version;
    }

    @Test
    void eachAddedChangedRemovedOrTranslatedAnswerIsOneChange() {
        ToolVersion older = first();
        ToolVersion newer = older.nextDraft(2, VersionSource.PROVIDER, "p@x.example", NOW);
        newer.answer(B, "en", "after");
        newer.answer(C, "en", "");
        newer.answer(D, "fr", "traduit");
        newer.answer(text("q.e"), "es", "nuevo");
        VersionDiff diff = VersionDiff.between(older, newer);
        assertEquals(Set.of("q.b", "q.c", "q.d", "q.e"), diff.changedKeys());
        assertEquals(
                new VersionDiff.Change("q.b", VersionDiff.Kind.CHANGED, "before", "after"),
                diff.changeOf("q.b"));
        assertEquals(VersionDiff.Kind.REMOVED, diff.changeOf("q.c").kind());
        assertEquals(
                new VersionDiff.Change("q.d", VersionDiff.Kind.TRANSLATED, "", "fr: traduit"),
                diff.changeOf("q.d"));
        assertEquals(VersionDiff.Kind.ADDED, diff.changeOf("q.e").kind());
        assertNull(diff.changeOf("q.a"));
    }

    @Test
    void descriptionFieldsAreComparedToo() {
        ToolVersion older = first();
        ToolVersion newer = older.nextDraft(2, VersionSource.CURATOR, "c@x.example", NOW);
        newer.describe(
                new ToolDescription(
                        "Tool",
                        "A better summary",
                        Set.of(Purpose.AGE_ESTIMATION),
                        Set.of(),
                        Set.of(),
                        Set.of("fr", "en"),
                        Set.of()));
        VersionDiff diff = VersionDiff.between(older, newer);
        assertEquals(Set.of("tool.summary", "tool.interfaceLanguages"), diff.changedKeys());
        assertEquals("en,fr", diff.changeOf("tool.interfaceLanguages").after());
    }

    @Test
    void aFirstVersionIsAllAdditions() {
        VersionDiff diff = VersionDiff.between(null, first());
        assertTrue(diff.changes().stream().allMatch(c -> c.kind() == VersionDiff.Kind.ADDED));
        assertEquals(
                List.of("tool.name", "tool.summary", "tool.purposes"),
                diff.changes().subList(0, 3).stream().map(VersionDiff.Change::key).toList());
    }
}
