/** Time to ready and resident memory of the packaged bot for each JVM flag set. */
package org.csirtbot.bench.footprint;
