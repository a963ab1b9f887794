/**
 * The phishing wave (issue 14): report forms at a fixed rate across campaigns, the answers and the triage channel
 * checked against what was sent.
 */
package org.csirtbot.bench.wave;
