package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretMaskTest {

    @Test
    void masksPasswordsInUrlsAndParameters() {
        SecretMask mask = new SecretMask();
        assertThat(mask.mask("postgresql://app:s3cr3t@db:5432/x and jdbc:postgresql://h/db?user=a&password=zz9zz"))
                .isEqualTo("postgresql://app:*****@db:5432/x and jdbc:postgresql://h/db?user=a&password=*****");
    }

    @Test
    void masksEveryValueThatCameFromAPlaceholder() {
        SecretMask mask = new SecretMask();
        EnvironmentValues values = new EnvironmentValues(Map.of("PROD_URL", "postgresql://u:pw-from-env@h/db", "KEY", "k-123456")::get, mask);
        assertThat(values.expand("key is ${KEY}")).isEqualTo("key is k-123456");
        assertThat(mask.mask("the key k-123456 leaked")).isEqualTo("the key ***** leaked");
        values.expand("${PROD_URL}");
        assertThat(mask.mask("connecting to postgresql://u:pw-from-env@h/db")).doesNotContain("pw-from-env");
    }

    @Test
    void examplesInHintsAreNotSecrets() {
        SecretMask mask = new SecretMask();
        assertThat(mask.mask("add postgresql://user:${DB_PASSWORD}@host:5432/db or postgresql://user:password@host/db"))
                .isEqualTo("add postgresql://user:${DB_PASSWORD}@host:5432/db or postgresql://user:password@host/db");
        assertThat(mask.mask("postgresql://user:${DB_PASSWORD}x@host/db")).isEqualTo("postgresql://user:*****@host/db");
    }

    @Test
    void anUnsetPlaceholderIsAnErrorNotAnEmptyString() {
        EnvironmentValues values = new EnvironmentValues(name -> null, new SecretMask());
        assertThatThrownBy(() -> values.expand("${NOPE}")).isInstanceOf(ChecklistBroken.class)
                .hasMessage("${NOPE} is not set: export NOPE=... or pass -DNOPE=... to the run");
    }

    @Test
    void theWholeUserInfoIsMaskedHoweverItIsWritten() {
        SecretMask mask = new SecretMask();
        assertThat(mask.mask("postgresql://leaky:Secret@Leak99@host:5432/app")).isEqualTo("postgresql://leaky:*****@host:5432/app");
        assertThat(mask.mask("'postgresql://leaky:Secret@Leak99@host' failed")).isEqualTo("'postgresql://leaky:*****@host' failed");
        assertThat(mask.mask("(postgresql://u:pa/ss?x#y@db.example.com:notaport/app)")).isEqualTo("(postgresql://u:*****@db.example.com:notaport/app)");
        assertThat(mask.mask("postgresql://admin@srv:pw@host/db")).isEqualTo("postgresql://admin@srv:*****@host/db");
        assertThat(mask.mask("postgresql://u:p@host/db?application_name=a@b")).isEqualTo("postgresql://u:*****@host/db?application_name=a@b");
        assertThat(mask.mask("postgresql://u@host:5432/db and mail a@b.example")).isEqualTo("postgresql://u@host:5432/db and mail a@b.example");
    }
}
