/** Campaigns as stored: the reports of one phishing wave grouped, and their message in the triage channel. */
@org.springframework.modulith.NamedInterface("campaigns")
package org.csirtbot.storage.campaigns;
