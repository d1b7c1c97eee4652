package org.globalhub.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.globalhub.platform.personal.NotPersonal;

/** One line of a purge report: how many items of a category got one action. Never which ones. */
@NotPersonal
@Embeddable
public class PurgeCount {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RetentionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PurgeAction action;

    @Column(name = "item_count", nullable = false)
    private long count;

    protected PurgeCount() {}

    public PurgeCount(RetentionCategory category, PurgeAction action, long count) {
        this.category = Objects.requireNonNull(category);
        this.action = Objects.requireNonNull(action);
        this.count = count;
    }

    void add(long more) {
        count += more;
    }

    public RetentionCategory getCategory() {
        return category;
    }

    public PurgeAction getAction() {
        return action;
    }

    public long getCount() {
        return count;
    }
}
