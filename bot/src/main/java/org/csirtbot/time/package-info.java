/**
 * Times as people read them: the organisation's zone ({@code CSIRTBOT_TIME_ZONE}) for what everyone reads alike, and
 * Slack's date formatting for what each person reads in their own zone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.csirtbot.time;
