/**
 * Who may do what: the Hub's roles. Accounts, vetting and multi-factor login come with the identity issue;
 * until then the server's security domain "hub" authenticates demo users.
 */
package org.globalhub.identity;
