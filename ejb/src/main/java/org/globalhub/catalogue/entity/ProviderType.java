package org.globalhub.catalogue.entity;

/** Who makes a tool. */
public enum ProviderType {
    COMPANY,
    ACADEMIA,
    NON_PROFIT
}
