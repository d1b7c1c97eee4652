package org.globalhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataRequestTest {

    @Test
    void termsAndMomentsAreTranslatableOnThePageAndPlainInTheExport() {
        String status = PersonalDataRequest.term("contact.status.PENDING");
        assertEquals("contact.status.PENDING", PersonalDataRequest.termKey(status));
        assertEquals("PENDING", PersonalDataRequest.plain(status));
        assertEquals("false", PersonalDataRequest.plain(PersonalDataRequest.yesNo(false)));
        Instant at = Instant.parse("2026-12-01T10:15:30Z");
        String moment = PersonalDataRequest.time(at);
        assertEquals(at, PersonalDataRequest.timeOf(moment));
        assertEquals("2026-12-01T10:15:30Z", PersonalDataRequest.plain(moment));
        assertEquals("", PersonalDataRequest.time(null));
    }

    @Test
    void aPersonsOwnTextIsNeverTakenForATerm() {
        String typed = "contact.status.PENDING"; // what someone could type into a note
        assertNull(PersonalDataRequest.termKey(typed));
        assertEquals(typed, PersonalDataRequest.plain(typed));
        PersonalDataRequest request = new PersonalDataRequest("a@b.example", 1);
        request.add("t", List.of("c"), List.of(java.util.Arrays.asList((String) null)));
        assertEquals("", request.sections().get(0).rows().get(0).get(0));
    }
}
