package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.csirtbot.playbooks.model.LText;
import org.csirtbot.playbooks.model.PartyDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.RoleDef;

/**
 * Roles as CACAO agents (who performs an action) and parties as targets (whom a notification goes to). A
 * projection for other tools: csirtbot reads roles and parties back from its extension.
 */
final class Agents {

    /** Parties that are many people rather than one body. */
    private static final Set<String> GROUP_PARTIES = Set.of("employees", "customers", "data_subjects");

    private final Playbook playbook;
    private final ObjectNode agents = Trees.object();
    private final ObjectNode targets = Trees.object();

    Agents(Playbook playbook) {
        this.playbook = playbook;
        playbook.roles().forEach((key, role) -> agents.set(roleId(key, role), roleAgent(role)));
    }

    /** The agent of a step's owner role; steps without one are done by the CSIRT as a whole. */
    String agent(String owner) {
        RoleDef role = owner == null ? null : playbook.roles().get(owner);
        if (role != null) {
            return roleId(owner, role);
        }
        String id = CacaoIds.of("group", playbook.id() + "/agent:csirt");
        agents.set(id, Trees.object().put("type", "group").put("name", "CSIRT"));
        return id;
    }

    /** The target for an audience entry: a party, or the agent of a role. */
    String target(String audience) {
        PartyDef party = playbook.parties().get(audience);
        if (party != null) {
            String type = GROUP_PARTIES.contains(party.kind()) ? "group" : "organization";
            String id = CacaoIds.of(type, playbook.id() + "/party:" + audience);
            ObjectNode target = described(type, party.label(), null);
            if (party.contact() != null) {
                target.putObject("contact").put("contact_details", party.contact());
            }
            targets.set(id, target);
            return id;
        }
        RoleDef role = playbook.roles().get(audience);
        String id = roleId(audience, role);
        targets.set(id, roleAgent(role));
        return id;
    }

    void writeTo(ObjectNode cacao) {
        if (!agents.isEmpty()) {
            cacao.set("agent_definitions", agents);
        }
        if (!targets.isEmpty()) {
            cacao.set("target_definitions", targets);
        }
    }

    private String roleId(String key, RoleDef role) {
        return CacaoIds.of(typeOf(role), playbook.id() + "/role:" + key);
    }

    private static String typeOf(RoleDef role) {
        return role.kind() == null ? "group" : role.kind();
    }

    private static ObjectNode roleAgent(RoleDef role) {
        ObjectNode agent = described(typeOf(role), role.label(), role.description());
        if (role.defaultAssignee() != null) {
            agent.putObject("contact").put("contact_details", role.defaultAssignee());
        }
        return agent;
    }

    private static ObjectNode described(String type, LText name, LText description) {
        ObjectNode object = Trees.object().put("type", type).put("name", name.en());
        if (description != null && description.en() != null) {
            object.put("description", description.en());
        }
        return object;
    }
}
