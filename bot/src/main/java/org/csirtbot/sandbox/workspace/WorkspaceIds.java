package org.csirtbot.sandbox.workspace;

/** The workspace's fixed identities: who the bot is, which team, which app (as auth.test and payloads name them). */
public final class WorkspaceIds {

    /** Workspace id (from web-api/auth.test.success_with_bot_token.json). */
    public static final String TEAM_ID = "T0G9PQBBK";
    /** Workspace name (from the same sample). */
    public static final String TEAM_NAME = "Subarachnoid Workspace";
    /** Workspace domain, as in {@code https://subarachnoid.slack.com/}. */
    public static final String TEAM_DOMAIN = "subarachnoid";
    /** The bot user's id, returned by auth.test as {@code user_id}. */
    public static final String BOT_USER_ID = "UBOT0001";
    /** The bot's id (from the sample), returned by auth.test as {@code bot_id}. */
    public static final String BOT_ID = "BZYBOTHED";
    /** The app's id, sent as {@code api_app_id} in incoming payloads. */
    public static final String APP_ID = "A0CSIRTBOT";

    private WorkspaceIds() {
    }
}
