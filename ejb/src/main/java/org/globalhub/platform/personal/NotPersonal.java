package org.globalhub.platform.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field, or every field of an entity, as holding no personal data (ids, tool
 * facts, counters, dates of things rather than of people). Say why where it is not obvious.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface NotPersonal {

    String value() default "";
}
