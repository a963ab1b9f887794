package org.csirtbot.playbooks.engine;

/** Why the engine refused an action; the bot turns the code into a polite text in the user's language. */
public enum Refusal {
    RUN_FINISHED("the run has finished"),
    UNKNOWN_STEP("the playbook has no such step"),
    STEP_NOT_READY("the step is not waiting for anyone now"),
    WRONG_ACTION("this kind of step is not done that way"),
    ROLE_REQUIRED("you do not hold the role this needs"),
    NOT_SKIPPABLE("the step is mandatory and cannot be waived"),
    REASON_REQUIRED("a reason is required"),
    UNKNOWN_OPTION("the decision has no such option"),
    RATIONALE_REQUIRED("a rationale is required for this decision"),
    AWAITING_APPROVAL("the message is not approved yet"),
    ALREADY_APPROVED("you have approved this already"),
    OWN_WORK("you did the work this approval is about; someone else must approve it"),
    UNKNOWN_FIELD("the step records no such field"),
    INVALID_FIELD("a value is not of the field's type"),
    MISSING_FIELD("a required field is missing"),
    MISSING_INPUT("a value the step requires is not set yet"),
    UNKNOWN_INPUT("the playbook has no such input");

    private final String text;

    Refusal(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
