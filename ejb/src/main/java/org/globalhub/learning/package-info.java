/**
 * Learning: plain-language modules (lessons with check-your-understanding questions) written for
 * the Hub, a library of external guidelines and trainings, and each agent's progress. The modules
 * ship with the application ({@code learning/*.xml}, original text in English); a tool page links
 * the modules that matter for its purposes. It may call {@code catalogue} (purposes) and {@code
 * audit}.
 */
package org.globalhub.learning;
