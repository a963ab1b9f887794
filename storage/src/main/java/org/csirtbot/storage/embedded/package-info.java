/**
 * The embedded store: a MongoDB wire-protocol server in the bot's process on one H2 file, used when MONGODB_URI is
 * unset. Only the storage module's configuration starts it.
 */
package org.csirtbot.storage.embedded;
