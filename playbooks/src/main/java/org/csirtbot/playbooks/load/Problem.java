package org.csirtbot.playbooks.load;

/** Why a playbook was refused: where (file, 1-based line and column) and what to fix. */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
