package org.csirtbot.observables;

import java.util.List;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * Finds one kind of observable in refanged text. The extraction runs the scanners from the most specific (URLs) to
 * the least (hashes) and blanks what each one found, so a URL's host is not found again as a bare domain.
 */
interface TextScanner {

    List<Found> scan(Refanged text);
}
