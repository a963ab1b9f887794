package org.csirtbot.playbooks.expr;

/** A condition that cannot be read; {@code offset} is the character where reading stopped. */
public final class ConditionException extends RuntimeException {

    private final int offset;

    ConditionException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
