package org.globalhub.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/** That an agent completed a lesson (answered its check questions right), and when. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
@NamedQuery(
        name = "LessonProgress.findByOwner",
        query = "SELECT p FROM LessonProgress p WHERE p.owner = :me ORDER BY p.completedAt")
public class LessonProgress {

    @PersonalData(DataKind.LEARNING)
    @Id
    @Column(length = 254)
    private String owner;

    @PersonalData(DataKind.LEARNING)
    @Id
    @Column(name = "lesson_id", length = 80)
    private String lessonId;

    @PersonalData(DataKind.LEARNING)
    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {}

    public LessonProgress(String owner, String lessonId, Instant completedAt) {
        this.owner = Objects.requireNonNull(owner);
        this.lessonId = Objects.requireNonNull(lessonId);
        this.completedAt = Objects.requireNonNull(completedAt);
    }

    public String getOwner() {
        return owner;
    }

    public String getLessonId() {
        return lessonId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The composite key: owner and lesson. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String owner;
        private String lessonId;

        public Key() {}

        public Key(String owner, String lessonId) {
            this.owner = owner;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(owner, key.owner)
                    && Objects.equals(lessonId, key.lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner, lessonId);
        }
    }
}
