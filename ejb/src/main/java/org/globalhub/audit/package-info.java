/**
 * The audit trail: who changed what, when. Every service that changes data records an entry through
 * {@link org.globalhub.audit.control.AuditTrail} in the same transaction. It calls no other
 * component.
 */
package org.globalhub.audit;
