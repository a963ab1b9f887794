/**
 * The organisation policy (issue 15, CSF 2.0 GV.RR and ID.AM / DE.CM): who holds each decision the playbooks reserve to
 * a role and the organisation-level ones (pay a ransom, notify a regulator, a public statement, taking production
 * offline, calling the police), with deputies and the document it comes from; and the inventory of log sources with
 * their retention, read against an incident's earliest known time. Read once at start from the built-in starter and
 * {@code CSIRTBOT_POLICY_FILE}. {@code slack}: {@code /incident policy} and {@code /incident logs}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: access", "incident :: room", "partners", "report", "time", "slack", "slack :: gateway"})
package org.csirtbot.policy;
