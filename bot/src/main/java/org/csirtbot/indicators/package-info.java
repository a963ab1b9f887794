/**
 * The indicator registry: URLs, domains, addresses, hashes and mail fields seen in incidents, one record per indicator
 * across all incidents, with a sighting per incident (or partner bundle), each with its TLP 2.0 and PAP, kept by a
 * retention period of their own, longer than the incidents they came from. {@code stix}: STIX 2.1 bundles out and in,
 * with the TLP 2.0 and PAP marking definitions. {@code slack}: {@code /incident ioc}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "observables", "campaigns", "report", "incident", "incident :: room", "incident :: access", "storage",
        "storage :: indicators", "slack", "slack :: gateway"})
package org.csirtbot.indicators;
