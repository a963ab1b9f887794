/**
 * Slack events that more than one feature listens to. Bolt keeps one handler per event type, so the handler is here
 * and hands each event to every listener: a reaction may capture a message into an incident's timeline and may offer
 * to report it. Published to the features' Slack adapters as the {@code slack :: events} interface.
 */
@org.springframework.modulith.NamedInterface("events")
package org.csirtbot.slack.events;
