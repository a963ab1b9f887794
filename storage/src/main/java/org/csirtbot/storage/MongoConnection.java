package org.csirtbot.storage;

import com.mongodb.ConnectionString;

/** Completes an operator's connection string with the defaults the bot relies on. */
final class MongoConnection {

    private MongoConnection() {
    }

    /**
     * Adds the database name when the string names none, and write concern {@code majority} when it
     * sets none, so an acknowledged write survives the loss of a replica-set member. A string that sets
     * only part of a write concern ({@code wtimeoutMS}, {@code journal}) but no {@code w} gets
     * {@code w=majority} too; those options are kept.
     */
    static ConnectionString withDefaults(String uri, String database) {
        ConnectionString given = new ConnectionString(uri);
        String completed = uri;
        if (given.getDatabase() == null) {
            completed = withPath(completed, database);
        }
        if (given.getWriteConcern() == null || given.getWriteConcern().getWObject() == null) {
            completed = completed + (completed.contains("?") ? "&" : "?") + "w=majority";
        }
        return new ConnectionString(completed);
    }

    private static String withPath(String uri, String database) {
        int schemeEnd = uri.indexOf("://") + 3;
        int query = uri.indexOf('?', schemeEnd);
        int slash = uri.indexOf('/', schemeEnd);
        if (slash >= 0 && (query < 0 || slash < query)) {
            return uri.substring(0, slash + 1) + database + uri.substring(slash + 1);
        }
        if (query >= 0) {
            return uri.substring(0, query) + "/" + database + uri.substring(query);
        }
        return uri + "/" + database;
    }
}
