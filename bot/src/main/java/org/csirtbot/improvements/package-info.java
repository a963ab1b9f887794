/**
 * The improvement register (issue 15, CSF 2.0 ID.IM): lessons turned into items with an owner, a due day and a status
 * (open, in progress, done, dropped), linked to the incident and the playbook (and version) they came from, recorded in
 * any phase and kept after the incident is purged, by their own retention. {@code slack}: {@code /incident improve}
 * and the owner's reminder when an item falls due.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: access", "incident :: room", "time", "storage", "storage :: improvements", "slack",
        "slack :: gateway"})
package org.csirtbot.improvements;
