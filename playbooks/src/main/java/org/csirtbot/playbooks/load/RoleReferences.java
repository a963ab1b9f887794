package org.csirtbot.playbooks.load;

import java.util.Map;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.Notify;
import org.csirtbot.playbooks.model.PartyDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.RoleDef;
import org.csirtbot.playbooks.model.Step;

/** Every role and party a playbook names is declared, and no notification is marked above its audience's TLP. */
final class RoleReferences {

    private final Playbook playbook;
    private final Findings findings;

    private RoleReferences(Playbook playbook, Findings findings) {
        this.playbook = playbook;
        this.findings = findings;
    }

    static void check(Playbook playbook, Findings findings) {
        new RoleReferences(playbook, findings).checkAll();
    }

    private void checkAll() {
        for (Map.Entry<String, RoleDef> role : playbook.roles().entrySet()) {
            role(role.getValue().escalatesTo(), "/roles/" + role.getKey() + "/escalates_to");
        }
        for (int i = 0; i < playbook.triggers().size(); i++) {
            role(playbook.triggers().get(i).confirmWith(), "/triggers/" + i + "/confirm_with");
        }
        for (int i = 0; i < playbook.clocks().size(); i++) {
            ClockDef.Breach breach = playbook.clocks().get(i).onBreach();
            String at = "/clocks/" + i + "/on_breach";
            role(breach.escalateTo(), at + "/escalate_to");
            for (int n = 0; n < breach.notifyRoles().size(); n++) {
                role(breach.notifyRoles().get(n), at + "/notify/" + n);
            }
        }
        Walk.steps(playbook).forEach(this::step);
    }

    private void step(Walk.LocatedStep located) {
        Step step = located.step();
        role(step.owner(), located.at("owner"));
        role(step.waivableBy(), located.at("waivable_by"));
        for (int i = 0; i < step.assignees().size(); i++) {
            role(step.assignees().get(i), located.at("assignees/" + i));
        }
        if (step.sla() != null) {
            role(step.sla().escalateTo(), located.at("sla/escalate_to"));
        }
        if (step.approval() != null) {
            role(step.approval().approver(), located.at("approval/approver"));
        }
        if (step.decision() != null) {
            for (int i = 0; i < step.decision().options().size(); i++) {
                role(step.decision().options().get(i).requiresRole(), located.at("decision/options/" + i + "/requires_role"));
            }
        }
        if (step.notification() != null) {
            notify(step.notification(), located.at("notify"));
        }
    }

    private void notify(Notify notify, String at) {
        role(notify.requiresApprovalBy(), at + "/requires_approval_by");
        for (int i = 0; i < notify.audience().size(); i++) {
            String name = notify.audience().get(i);
            PartyDef party = playbook.parties().get(name);
            if (party == null && !playbook.roles().containsKey(name)) {
                findings.add(at + "/audience/" + i, "audience '" + name
                        + "' is neither a role nor a party: declare it under roles: or parties:, or fix the name");
            } else if (party != null && notify.tlp() != null && party.tlpMax() != null
                    && notify.tlp().moreRestrictiveThan(party.tlpMax())) {
                findings.add(at + "/tlp", "the message is " + notify.tlp().label() + " but party '" + name
                        + "' may receive at most " + party.tlpMax().label()
                        + ": lower the message's TLP or leave the party out");
            }
        }
    }

    private void role(String name, String pointer) {
        if (name != null && !playbook.roles().containsKey(name)) {
            findings.add(pointer, "unknown role '" + name + "': declare it under roles: (declared: "
                    + String.join(", ", playbook.roles().keySet()) + ")");
        }
    }
}
