package org.globalhub.web.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Hub's one way to draw a chart: horizontal bars drawn on the server as SVG (no charting
 * script, a few hundred bytes), always shown with the same figures in a table ({@code
 * /WEB-INF/includes/chart.xhtml}), so that screen readers, printouts and people who would rather
 * read get every figure. Right to left, the labels stand on the right and the bars grow to the
 * left.
 *
 * @param id unique on its page; the figure's and table's ids derive from it
 * @param title what the chart shows (the table's caption, the figure's label)
 * @param labelHeader the table's first column header (what each bar is)
 * @param valueHeader the table's second column header (what the figures count)
 * @param bars in the order shown
 * @param locale formats the figures (one digit style per language)
 * @param rightToLeft whether the page reads right to left
 */
public record BarChart(
        String id,
        String title,
        String labelHeader,
        String valueHeader,
        List<Bar> bars,
        Locale locale,
        boolean rightToLeft) {

    /** One bar: its label and its figure (not negative). */
    public record Bar(String label, long value) {
        public Bar {
            if (value < 0) {
                throw new IllegalArgumentException("a bar cannot be negative: " + value);
            }
        }
    }

    static final int ROW = 28;
    static final int BAR = 18;

    /** Where labels end and bars begin, and how wide bars may grow (percent of the width). */
    static final int LABELS = 38;

    static final int BARS = 50;

    public BarChart {
        bars = List.copyOf(bars);
    }

    public String shown(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    public int height() {
        return bars.size() * ROW + 4;
    }

    /**
     * The chart as inline SVG markup. Every text is escaped; the SVG is hidden from assistive
     * technology because the table beside it carries the same figures.
     */
    public String getSvg() {
        long max = Math.max(1, max());
        StringBuilder svg =
                new StringBuilder(256 + bars.size() * 320)
                        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-bars\"")
                        .append(" width=\"100%\" height=\"")
                        .append(height())
                        .append("\" aria-hidden=\"true\" focusable=\"false\" direction=\"ltr\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double width = bar.value() == 0 ? 0 : Math.max(0.5, BARS * (double) bar.value() / max);
            int top = i * ROW + 4;
            int baseline = top + 14;
            double barStart = rightToLeft ? 100 - LABELS - width : LABELS;
            double valueAt = rightToLeft ? barStart - 1 : LABELS + width + 1;
            svg.append("<text class=\"chart-label\" x=\"")
                    .append(rightToLeft ? "100%" : "0")
                    .append("\" y=\"")
                    .append(baseline)
                    .append("\" text-anchor=\"")
                    .append(rightToLeft ? "end" : "start")
                    .append("\">")
                    .append(escape(bar.label()))
                    .append("</text>")
                    .append("<rect class=\"chart-bar\" x=\"")
                    .append(percent(barStart))
                    .append("\" y=\"")
                    .append(top)
                    .append("\" width=\"")
                    .append(percent(width))
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" rx=\"2\"/>")
                    .append("<text class=\"chart-value\" x=\"")
                    .append(percent(valueAt))
                    .append("\" y=\"")
                    .append(baseline)
                    .append("\" text-anchor=\"")
                    .append(rightToLeft ? "end" : "start")
                    .append("\">")
                    .append(escape(shown(bar.value())))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
