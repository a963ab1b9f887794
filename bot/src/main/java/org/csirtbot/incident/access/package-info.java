/**
 * Who may do what: the authorization matrix over the incident's roles, status and TLP, and why an action is refused.
 * Published as {@code incident :: access} to the features that act on incidents.
 */
@org.springframework.modulith.NamedInterface("access")
package org.csirtbot.incident.access;
