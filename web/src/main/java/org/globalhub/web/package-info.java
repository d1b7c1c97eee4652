/**
 * The agents' portal. Packages mirror the page folders ({@code /catalogue/tool.xhtml} → {@code
 * web.catalogue.ToolBacking}); {@code web.shell} holds what every page shares: language, messages,
 * login and logout. Backing beans hold view state and make one service call per action.
 */
package org.globalhub.web;
