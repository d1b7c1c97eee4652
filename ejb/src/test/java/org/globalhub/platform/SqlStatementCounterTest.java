package org.globalhub.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlStatementCounterTest {

    @Test
    void onlyAPlainSelectCountsAsAQuery() {
        assertTrue(SqlStatementCounter.isQuery("SELECT id FROM tool"));
        assertTrue(SqlStatementCounter.isQuery("  select count(*) from answer"));
        assertFalse(SqlStatementCounter.isQuery("UPDATE tool SET version = version + 1"));
        assertFalse(SqlStatementCounter.isQuery("INSERT INTO answer VALUES (?)"));
        assertFalse(SqlStatementCounter.isQuery("DELETE FROM feedback"));
        assertFalse(SqlStatementCounter.isQuery("WITH gone AS (DELETE FROM feedback) SELECT 1"));
        assertFalse(SqlStatementCounter.isQuery(null));
    }

    @Test
    void aWriteIsRememberedAsRecent() {
        LocalWrites.touch();
        assertTrue(LocalWrites.within(java.time.Duration.ofSeconds(5).toNanos()));
    }
}
