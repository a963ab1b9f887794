package org.csirtbot.testkit;

import org.csirtbot.sandbox.workspace.SlackIds;

/** Fixed workspace/app/bot identities shared by the workspace model's responses and the kit's incoming payloads. */
public final class SlackTestIds {

    /** Workspace id (from web-api/auth.test.success_with_bot_token.json). */
    public static final String TEAM_ID = SlackIds.TEAM_ID;
    /** Workspace name (from the same sample). */
    public static final String TEAM_NAME = SlackIds.TEAM_NAME;
    /** Workspace domain, as in {@code https://subarachnoid.slack.com/}. */
    public static final String TEAM_DOMAIN = SlackIds.TEAM_DOMAIN;
    /** The bot user's id, returned by auth.test as {@code user_id}. */
    public static final String BOT_USER_ID = SlackIds.BOT_USER_ID;
    /** The bot's id (from the sample), returned by auth.test as {@code bot_id}. */
    public static final String BOT_ID = SlackIds.BOT_ID;
    /** The app's id, sent as {@code api_app_id} in incoming payloads. */
    public static final String APP_ID = SlackIds.APP_ID;
    /** Legacy verification token sent as {@code token} in incoming payloads (Bolt ignores it by default). */
    public static final String VERIFICATION_TOKEN = "verification_token";

    private SlackTestIds() {
    }
}
