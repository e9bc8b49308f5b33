package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.FunctionSignature;
import dev.releasegate.verifier.catalog.QualifiedName;

/** One {@code except:} row of the security findings: this finding is accepted on this object. */
public record FindingExemption(SecurityRule rule, String object, String defaultSchema) {

    public boolean silences(SecurityFinding finding) {
        if (finding.rule() != rule) {
            return false;
        }
        if (object.contains("(")) {
            FunctionSignature signature = FunctionSignature.parse(object, defaultSchema);
            return finding.function().map(signature::matches).orElse(false);
        }
        return QualifiedName.parse(object, defaultSchema).equals(finding.name());
    }

    @Override
    public String toString() {
        return rule.id() + " on " + object;
    }
}
