/**
 * Closing: resolving, lessons learned, the criteria for closing, the post-incident report and archiving the room.
 * {@code slack}: {@code /incident resolve|close}, the lessons form, and the report posted in the closed room.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "incident", "incident :: room", "incident :: access", "metrics", "time", "storage", "slack",
        "slack :: gateway"})
package org.csirtbot.closing;
