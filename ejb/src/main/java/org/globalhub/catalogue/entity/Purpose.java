package org.globalhub.catalogue.entity;

/** What a tool is for: the purpose label that catalogues of this field use. */
public enum Purpose {
    MEDIA_TRIAGE,
    CSAM_CLASSIFICATION,
    HASH_MATCHING,
    GROOMING_TEXT_ANALYSIS,
    VICTIM_IDENTIFICATION,
    OFFENDER_IDENTIFICATION,
    AGE_ESTIMATION,
    OSINT_DARK_WEB,
    LIVE_STREAM_DETECTION,
    AUDIO_VIDEO_FORENSICS,
    LINK_ANALYSIS_CASE_MANAGEMENT,
    EXPOSURE_REDUCTION
}
