/**
 * Privacy: the retention policy (kept as data, shown on the privacy notice, changed by
 * administrators within bounds), the purge that deletes or anonymises what has expired, and each
 * person's rights over their data (see it, export it, erase the account). Erasure has one
 * implementation, {@code AccountEraser}, used by the purge and by a person deleting their own
 * account. It may call {@code identity}, {@code catalogue}, {@code selection}, {@code network} and
 * {@code audit}.
 */
package org.globalhub.privacy;
