package org.globalhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globalhub.batch.retentionpurge.PurgeJobService;
import org.globalhub.batch.retentionpurge.PurgeRunView;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.privacy.boundary.RetentionService;
import org.globalhub.privacy.entity.RetentionRule;
import org.globalhub.web.chart.BarChart;
import org.globalhub.web.chart.BarChart.Bar;
import org.globalhub.web.chart.Charts;
import org.globalhub.web.shell.Formats;
import org.globalhub.web.shell.Messages;

/**
 * The retention page ({@code /admin/retention.xhtml}): the policy with its bounds, purge runs and
 * their reports.
 */
@Named
@RequestScoped
public class RetentionBacking {

    private static final String SELF = "/admin/retention?faces-redirect=true";

    @EJB RetentionService retention;
    @EJB PurgeJobService purges;
    @Inject Formats formats;

    private final Map<String, String> days = new HashMap<>();

    /**
     * The version each row was shown at, as the hidden field posts it back (text: JSF converts
     * nothing in a map).
     */
    private final Map<String, String> versions = new HashMap<>();

    private boolean understood;
    private List<RetentionRule> policy;
    private List<PurgeRunView> runs;

    public List<RetentionRule> getPolicy() {
        if (policy == null) {
            policy = retention.policy();
            for (RetentionRule rule : policy) {
                days.putIfAbsent(rule.getCategory().name(), String.valueOf(rule.getDays()));
                versions.putIfAbsent(rule.getCategory().name(), String.valueOf(rule.getVersion()));
            }
        }
        return policy;
    }

    public List<PurgeRunView> getRuns() {
        if (runs == null) {
            runs = purges.runs();
        }
        return runs;
    }

    /**
     * Records handled by the latest purges (up to twelve), oldest first: what the retention policy
     * removes over time (a dry run's figures are what it would have removed).
     */
    public BarChart getRunsChart() {
        List<PurgeRunView> latest = getRuns().stream().limit(12).toList();
        List<Bar> bars = new java.util.ArrayList<>();
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (int i = latest.size() - 1; i >= 0; i--) {
            var report = latest.get(i).report();
            String when = formats.date(report.getStartedAt(), locale);
            bars.add(
                    new Bar(
                            report.isDryRun() ? Messages.text("retention.chart.dry", when) : when,
                            report.getCounts().stream().mapToLong(c -> c.getCount()).sum()));
        }
        return Charts.bars("purgesChart", "retention.chart", bars);
    }

    public boolean isRunning() {
        return purges.isRunning();
    }

    public String save(String category) {
        return Messages.attempt(
                () ->
                        retention.change(
                                category,
                                parseDays(days.get(category)),
                                parseVersion(versions.get(category))),
                "retention.saved",
                SELF);
    }

    public String dryRun() {
        return Messages.attempt(() -> purges.start(true), "retention.started", SELF);
    }

    public String purgeNow() {
        if (!understood) {
            Messages.error(new InvalidInputException("retention.confirm"));
            return null;
        }
        return Messages.attempt(() -> purges.start(false), "retention.started", SELF);
    }

    private static int parseDays(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("retention.notANumber");
        }
    }

    /**
     * A version that is not a number cannot match: the service then says the row changed meanwhile.
     */
    private static long parseVersion(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Map<String, String> getDays() {
        return days;
    }

    public Map<String, String> getVersions() {
        return versions;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
