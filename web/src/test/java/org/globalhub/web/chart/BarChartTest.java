package org.globalhub.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.globalhub.web.chart.BarChart.Bar;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static BarChart chart(boolean rightToLeft, Bar... bars) {
        return new BarChart(
                "c", "Title", "What", "How many", List.of(bars), Locale.ENGLISH, rightToLeft);
    }

    private static NodeList rects(String svg) throws Exception {
        var document =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getElementsByTagName("rect");
    }

    private static double percent(Element rect, String attribute) {
        return Double.parseDouble(rect.getAttribute(attribute).replace("%", ""));
    }

    @Test
    void barsAreAsLongAsTheirFiguresAndTheLongestFillsTheBarArea() throws Exception {
        NodeList rects =
                rects(chart(false, new Bar("a", 10), new Bar("b", 5), new Bar("c", 0)).getSvg());
        assertEquals(3, rects.getLength());
        double longest = percent((Element) rects.item(0), "width");
        assertEquals(BarChart.BARS, longest, 0.01);
        assertEquals(longest / 2, percent((Element) rects.item(1), "width"), 0.01);
        assertEquals(0, percent((Element) rects.item(2), "width"), 0.01);
        assertEquals(BarChart.LABELS, percent((Element) rects.item(0), "x"), 0.01);
    }

    @Test
    void rightToLeftTheBarsGrowFromTheRightAndTheLabelsStandThere() throws Exception {
        BarChart chart = chart(true, new Bar("a", 10), new Bar("b", 5));
        Element half = (Element) rects(chart.getSvg()).item(1);
        assertEquals(
                100 - BarChart.LABELS,
                percent(half, "x") + percent(half, "width"),
                0.01,
                "the bar ends where the labels begin, on the right");
        assertTrue(chart.getSvg().contains("x=\"100%\" y=\"18\" text-anchor=\"end\">a</text>"));
    }

    @Test
    void labelsAreEscapedAndControlCharactersDropped() throws Exception {
        String svg = chart(false, new Bar("<script>&\"x\"\u0007", 1)).getSvg();
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;&amp;&quot;x&quot;</text>"));
        assertEquals(1, rects(svg).getLength(), "still well-formed XML");
    }

    @Test
    void figuresAreFormattedInThePagesLanguageAndNeverNegative() {
        BarChart french =
                new BarChart(
                        "c", "t", "l", "v", List.of(new Bar("a", 12345)), Locale.FRENCH, false);
        assertEquals("12\u202f345", french.shown(12345));
        assertEquals(0, chart(false).max());
        assertThrows(IllegalArgumentException.class, () -> new Bar("a", -1));
    }
}
