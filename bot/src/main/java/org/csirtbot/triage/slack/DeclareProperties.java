package org.csirtbot.triage.slack;

import org.csirtbot.incident.Tlp;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the declare form proposes before anyone chooses.
 *
 * @param defaultTlp the TLP selected in the form when it opens ({@code CSIRTBOT_DECLARE_DEFAULT_TLP}; default AMBER),
 *                   as its label or name in any case ({@code AMBER+STRICT}, {@code amber_strict}, {@code amber-strict});
 *                   AMBER+STRICT or RED makes the room of an incident declared with it private, unless the declarer
 *                   chooses another
 */
@ConfigurationProperties("csirtbot.declare")
record DeclareProperties(@DefaultValue("AMBER") Tlp defaultTlp) {
}
