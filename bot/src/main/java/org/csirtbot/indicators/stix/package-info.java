/**
 * STIX 2.1 for the indicator registry: bundles of {@code indicator} objects out, marked with the TLP 2.0 and PAP
 * marking definitions (carried in the bundle with their extension definitions) and created by the organisation's
 * {@code identity}, never holding a sighting above the TLP asked for or of an incident the reader may not read; and a
 * partner's bundle in, keeping its markings.
 */
@org.springframework.modulith.NamedInterface("stix")
package org.csirtbot.indicators.stix;
