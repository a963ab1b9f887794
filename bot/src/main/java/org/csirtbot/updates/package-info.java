/**
 * Status updates with a cadence: how often each severity owes one, the latest one given and when the next is due.
 * {@code slack}: {@code /incident update}, its form and the reminders in the room.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: access", "incident :: room", "storage", "slack", "slack :: gateway"})
package org.csirtbot.updates;
