/**
 * Observables: the URLs, domains, addresses, hashes and mail fields found in what people write (reports, notes,
 * captured messages), defanged forms included, normalised so the same thing written two ways is one value. Plain
 * Java; knows nothing of Slack or the store.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.csirtbot.observables;
