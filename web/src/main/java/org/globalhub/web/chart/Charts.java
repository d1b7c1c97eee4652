package org.globalhub.web.chart;

import jakarta.faces.context.FacesContext;
import java.util.List;
import org.globalhub.web.chart.BarChart.Bar;
import org.globalhub.web.shell.Messages;

/** Makes a {@link BarChart} for the current page: its texts from the bundle, its language. */
public final class Charts {

    private Charts() {}

    /**
     * @param id unique on the page
     * @param key the bundle key of the title; {@code key.label} and {@code key.value} name the
     *     table's columns
     */
    public static BarChart bars(String id, String key, List<Bar> bars) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new BarChart(
                id,
                Messages.text(key),
                Messages.text(key + ".label"),
                Messages.text(key + ".value"),
                bars,
                locale,
                "ar".equals(locale.getLanguage()));
    }
}
