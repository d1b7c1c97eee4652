package org.globalhub.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.web.chart.BarChart;
import org.globalhub.web.chart.BarChart.Bar;
import org.globalhub.web.chart.Charts;
import org.globalhub.web.shell.Messages;

/** The style guide ({@code /admin/style.xhtml}): sample content for the Hub's components. */
@Named
@RequestScoped
public class StyleGuideBacking {

    /** The design tokens shown as swatches (hub.css :root). */
    public List<String> getColours() {
        return List.of("ink", "muted", "accent", "accent-dark", "warn", "danger", "ok", "focus");
    }

    /** A sample chart, drawn as every chart of the Hub is. */
    public BarChart getChart() {
        return Charts.bars(
                "sampleChart",
                "style.chart.sample",
                List.of(
                        new Bar(Messages.text("style.chart.a"), 42),
                        new Bar(Messages.text("style.chart.b"), 17),
                        new Bar(Messages.text("style.chart.c"), 0)));
    }
}
