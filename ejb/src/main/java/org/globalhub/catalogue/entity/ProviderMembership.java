package org.globalhub.catalogue.entity;

/**
 * Whether a provider record is only listed in the catalogue or an organisation whose people log in.
 */
public enum ProviderMembership {
    /** Made by an import or a curator; nobody acts for it. */
    LISTED,
    /** An organisation applied; its contact waits for a curator. */
    APPLIED,
    /** Its people log in and keep its tools current. */
    MEMBER,
    /** The application was refused. */
    REFUSED
}
