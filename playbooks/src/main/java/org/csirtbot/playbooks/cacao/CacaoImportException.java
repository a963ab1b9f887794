package org.csirtbot.playbooks.cacao;

import java.util.List;

/** A CACAO playbook that cannot be imported, with every reason found (each once), each saying what is missing or wrong. */
public final class CacaoImportException extends RuntimeException {

    private final transient List<String> problems;

    public CacaoImportException(String source, List<String> problems) {
        super("cannot import " + source + ": " + String.join("; ", problems.stream().distinct().toList()));
        this.problems = problems.stream().distinct().toList();
    }

    public List<String> problems() {
        return problems;
    }
}
