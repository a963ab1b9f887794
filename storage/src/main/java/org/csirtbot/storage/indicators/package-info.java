/**
 * The indicator registry's store: one document per indicator (its type and normalised value), with a sighting per
 * incident, report or partner that gave it. Used by the {@code indicators} feature, and by retention when it purges an
 * incident (the sightings of a purged incident keep its ID and lose their text).
 */
@org.springframework.modulith.NamedInterface("indicators")
package org.csirtbot.storage.indicators;
