package org.globalhub.platform.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field that holds personal data: its kind (for the privacy notice) and what
 * happens to it when the person's account is erased. A test walks the JPA metamodel and fails on
 * any field that is neither this nor {@link NotPersonal}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

    DataKind value();

    Erasure erasure() default Erasure.ERASED;

    /**
     * Why the data stays when the person is erased; required with {@link Erasure#ALIASED} and
     * {@link Erasure#KEPT_WITHOUT_AUTHOR}.
     */
    String keptBecause() default "";

    /** What erasure does with the field. */
    enum Erasure {
        /** Deleted with the account (the row, or the field). */
        ERASED,
        /** The row stays; the person's e-mail in this field is replaced by a random alias. */
        ALIASED,
        /**
         * The row stays with this text, cut off from its author by the alias in another field (say
         * why).
         */
        KEPT_WITHOUT_AUTHOR,
        /** Wiped by its own rule before any erasure (e.g. a mail's text once sent). */
        WIPED_EARLIER
    }
}
