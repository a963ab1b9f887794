/**
 * Outside organisations (issue 14): the directory of the parties a CSIRT works with (JPCERT/CC, the police, the PPC,
 * IPA, vendors, ISPs, the insurer, partner CSIRTs), seeded from the built-in starter list and the organisation's file
 * and edited through the API; the requests logged to and from them on incidents, their status and when a reply is
 * due; and whether a party may receive something of a given TLP ({@link org.csirtbot.partners.Partners#mayReceive}).
 * {@code slack}: {@code /incident request}, its form, the request's message and its buttons, the reminders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: access", "incident :: room", "decision", "time", "storage", "storage :: partners",
        "slack", "slack :: gateway"})
package org.csirtbot.partners;
