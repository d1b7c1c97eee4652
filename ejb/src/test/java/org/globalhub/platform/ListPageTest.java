package org.globalhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListPageTest {

    @Test
    void pagesCountFromOneAndBelowOneIsTheFirst() {
        assertEquals(0, ListPage.firstRow(1, 50));
        assertEquals(50, ListPage.firstRow(2, 50));
        assertEquals(0, ListPage.firstRow(-3, 50));
        ListPage<String> page = new ListPage<>(List.of("a"), 101, 100, 50);
        assertEquals(3, page.pageNumber());
        assertEquals(3, page.pageCount());
        assertEquals(1, new ListPage<String>(List.of(), 0, 0, 50).pageCount(), "an empty list");
    }

    @Test
    void searchTextIsTakenLiterally() {
        assertEquals("%50!% off!_x!!%", ListPage.containsPattern("50% OFF_x!"));
    }
}
