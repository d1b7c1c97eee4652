package org.globalhub.catalogue.entity;

/** The two questionnaires every provider is asked to answer. */
public enum QuestionnaireKind {
    /** Modelled on the EU AI Act's "instructions for use" and on model cards. */
    TECHNICAL,
    /**
     * Modelled on the EU Assessment List for Trustworthy AI and UNICEF's guidance on AI for
     * children.
     */
    ETHICS
}
