/**
 * The network: what connects agents. For now the notifications, in the Hub and by e-mail as each
 * agent prefers; first of them the notice that a tool an agent followed, rated or reported was
 * removed, with the public reason. It may call {@code identity}, {@code catalogue} (its events) and
 * {@code audit}.
 */
package org.globalhub.network;
