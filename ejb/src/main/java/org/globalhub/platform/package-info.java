/**
 * Shared ground of every component: the business exception family, schema migration at start-up and
 * JPA converters. It calls no component.
 */
package org.globalhub.platform;
