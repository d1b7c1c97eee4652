package org.globalhub.catalogue.entity;

/** Feedback is shown to other agents only once a curator has published it. */
public enum FeedbackStatus {
    PENDING,
    PUBLISHED,
    REJECTED
}
