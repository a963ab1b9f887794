package org.csirtbot.sandbox;

import java.util.List;

import org.csirtbot.sandbox.workspace.SlackWorkspace;

/** Who is in the sandbox's workspace and where the CSIRT works there: the people to act as, and the two channels. */
public final class SandboxPeople {

    /** #csirt-triage: where reports land; the bot and the responders are in it. */
    public static final String TRIAGE_CHANNEL = "C0TRIAGE1";
    /** #csirt-exec: where executives get summaries and alerts; the bot and the executive are in it. */
    public static final String EXEC_CHANNEL = "C0EXECS01";
    /** #general: everyone. */
    public static final String GENERAL_CHANNEL = "C0GENERAL";

    /** One person of the workspace, with what they do in the CSIRT's story. */
    public record Person(String id, String name, List<Role> roles) {
    }

    /** What a person is there for. */
    public enum Role {
        EMPLOYEE, RESPONDER, COMMANDER, LEGAL, EXECUTIVE
    }

    /** Everyone, in the order the sandbox lists them. */
    public static final List<Person> PEOPLE = List.of(
            new Person("U0EMPLOY1", "Aiko Tanaka", List.of(Role.EMPLOYEE)),
            new Person("U0EMPLOY2", "Ben Carter", List.of(Role.EMPLOYEE)),
            new Person("U0RESPOND1", "Chris Morgan", List.of(Role.RESPONDER, Role.COMMANDER)),
            new Person("U0RESPOND2", "Dana Kim", List.of(Role.RESPONDER)),
            new Person("U0RESPOND3", "Eiji Sato", List.of(Role.RESPONDER)),
            new Person("U0LEGAL01", "Fatima Haddad", List.of(Role.LEGAL)),
            new Person("U0EXECUT1", "Grace Lee", List.of(Role.EXECUTIVE)));

    private SandboxPeople() {
    }

    static List<String> responders() {
        return idsOf(Role.RESPONDER);
    }

    static List<String> executives() {
        return idsOf(Role.EXECUTIVE);
    }

    /** Puts the people and channels into an empty workspace. */
    static void seed(SlackWorkspace workspace) {
        PEOPLE.forEach(p -> workspace.givenUserName(p.id(), p.name()));
        workspace.givenChannel(TRIAGE_CHANNEL, "csirt-triage", true, responders().toArray(String[]::new));
        workspace.givenChannel(EXEC_CHANNEL, "csirt-exec", true, executives().toArray(String[]::new));
        workspace.givenChannel(GENERAL_CHANNEL, "general", false, PEOPLE.stream().map(Person::id).toArray(String[]::new));
        workspace.givenEveryoneIn(GENERAL_CHANNEL);
    }

    private static List<String> idsOf(Role role) {
        return PEOPLE.stream().filter(p -> p.roles().contains(role)).map(Person::id).toList();
    }
}
