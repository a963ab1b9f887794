package org.csirtbot.policy;

import org.csirtbot.partners.Bilingual;

/**
 * A log source of the inventory: its ID, its name and what it records in both languages, where it is kept, how many
 * days it is kept, and who owns it (a team or person, as text).
 */
public record LogSource(String id, Bilingual name, Bilingual records, String where, int retentionDays, String owner) {

    public LogSource {
        name = name == null ? Bilingual.EMPTY : name;
        records = records == null ? Bilingual.EMPTY : records;
        where = where == null ? "" : where;
        owner = owner == null ? "" : owner;
    }
}
