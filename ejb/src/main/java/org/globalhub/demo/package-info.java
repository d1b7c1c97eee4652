/**
 * Demo data, loaded only when the server runs with {@code -Dhub.demo.tools=N} (the demo and the
 * tests): fictional tools and providers, demo accounts and applicants, events. It may call every
 * component; no production component imports it.
 */
package org.globalhub.demo;
