package org.csirtbot.playbooks.model;

/** Who approves, how many distinct approvers are needed (default 1), and where a rejection leads. */
public record Approval(String approver, Integer minApprovals, String onReject, String recordAs) {
    public Approval {
        minApprovals = minApprovals == null ? 1 : minApprovals;
    }
}
